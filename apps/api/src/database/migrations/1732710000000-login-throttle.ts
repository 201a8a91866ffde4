import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed sign-ins per user name (`u:<name>`) and per address (`a:<ip>`), in
 * the database so that every API process behind a load balancer slows the
 * same guesser down.
 */
export class LoginThrottle1732710000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL,
        last_failure_at timestamptz NOT NULL,
        blocked_until timestamptz
      )`);
    await q.query('CREATE INDEX login_throttle_last_failure_idx ON login_throttle (last_failure_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE login_throttle');
  }
}
