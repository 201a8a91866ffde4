import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Users, their sessions and the audit trail. Passwords are argon2id hashes;
 * sessions are stored as SHA-256 hashes of their tokens, so a database dump
 * holds no usable secret. The audit log refuses UPDATE and DELETE.
 */
export class AccountsAndAudit1732600000000 implements MigrationInterface {
  name = 'AccountsAndAudit1732600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        username text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('system_admin', 'province_admin', 'officer', 'viewer')),
        unit_code text REFERENCES units (code),
        province_code text,
        locked boolean NOT NULL DEFAULT false,
        deleted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((role = 'system_admin') = (unit_code IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX users_username_key ON users (lower(username)) WHERE deleted_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE sessions (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX sessions_user_id_idx ON sessions (user_id)`);
    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_username text,
        action text NOT NULL,
        plan_id uuid,
        province_code text,
        before jsonb,
        after jsonb
      )`);
    await q.query(`CREATE INDEX audit_log_plan_id_idx ON audit_log (plan_id, id)`);
    await q.query(`
      CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_log, sessions, users');
    await q.query('DROP FUNCTION audit_log_is_append_only');
  }
}
