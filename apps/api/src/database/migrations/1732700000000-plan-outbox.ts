import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox: every plan change is written here in the command's own
 * transaction, and a relay publishes it to the in-process listeners after the
 * commit. A crash between commit and publish loses nothing: the relay finds
 * the unpublished rows on the next start.
 */
export class PlanOutbox1732700000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        topic text NOT NULL,
        plan_id uuid,
        province_code text,
        payload jsonb NOT NULL,
        published_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_unpublished_idx ON outbox (id) WHERE published_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE outbox');
  }
}
