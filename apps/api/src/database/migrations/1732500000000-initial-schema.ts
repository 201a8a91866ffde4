import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Units, plans, targets and tasks. Every plan-owned row carries its
 * province_code so that a national deployment can shard by province later
 * (Citus) without a schema change. Target values are numeric on one scale
 * (dates as days since 1970) so the floor rule is plain comparison in SQL.
 */
export class InitialSchema1732500000000 implements MigrationInterface {
  name = 'InitialSchema1732500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE units (
        code text PRIMARY KEY,
        name text NOT NULL,
        type text NOT NULL,
        level text NOT NULL CHECK (level IN ('province', 'district', 'commune')),
        parent_code text REFERENCES units (code) DEFERRABLE INITIALLY DEFERRED,
        province_code text NOT NULL,
        search_name text NOT NULL,
        CHECK ((level = 'province') = (parent_code IS NULL))
      )`);
    await q.query(`CREATE INDEX units_parent_code_idx ON units (parent_code)`);

    await q.query(`
      CREATE TABLE plans (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        province_code text NOT NULL,
        unit_code text NOT NULL REFERENCES units (code),
        year integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('annual', 'remediation')),
        title text NOT NULL,
        document_number text,
        legal_basis text[] NOT NULL DEFAULT '{}',
        objectives text NOT NULL DEFAULT '',
        status text NOT NULL CHECK (status IN ('draft', 'derived', 'confirmed')),
        parent_plan_id uuid REFERENCES plans (id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX plans_one_annual_per_unit_year ON plans (unit_code, year) WHERE kind = 'annual'`,
    );
    await q.query(`CREATE INDEX plans_parent_plan_id_idx ON plans (parent_plan_id)`);
    await q.query(`CREATE INDEX plans_province_year_idx ON plans (province_code, year)`);

    await q.query(`
      CREATE TABLE targets (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        plan_id uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        province_code text NOT NULL,
        code text NOT NULL,
        name text NOT NULL,
        area text NOT NULL,
        measure text NOT NULL CHECK (measure IN ('percent', 'count', 'million_vnd', 'days', 'date')),
        direction text NOT NULL CHECK (direction IN ('at_least', 'at_most')),
        value numeric NOT NULL,
        floor_district numeric,
        floor_commune numeric,
        parent_target_id uuid REFERENCES targets (id) ON DELETE SET NULL,
        UNIQUE (plan_id, code)
      )`);
    await q.query(`CREATE INDEX targets_parent_target_id_idx ON targets (parent_target_id)`);

    await q.query(`
      CREATE TABLE tasks (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        plan_id uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        province_code text NOT NULL,
        title text NOT NULL,
        area text NOT NULL,
        product text,
        lead_agency text,
        coordinating_agencies text[] NOT NULL DEFAULT '{}',
        budget_million_vnd numeric NOT NULL DEFAULT 0 CHECK (budget_million_vnd >= 0),
        due text,
        parent_task_id uuid REFERENCES tasks (id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX tasks_plan_id_idx ON tasks (plan_id)`);
    await q.query(`CREATE INDEX tasks_parent_task_id_idx ON tasks (parent_task_id)`);

    await q.query(`
      CREATE TABLE app_meta (
        key text PRIMARY KEY,
        value text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE app_meta, tasks, targets, plans, units');
  }
}
