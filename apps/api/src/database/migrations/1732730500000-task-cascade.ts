import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a cascade copies a task into the plans below. A province's own
 * step ("Ban hành Kế hoạch CCHC năm 2024 của tỉnh") is false: it is the
 * province's alone, and the districts' plans do not receive it.
 */
export class TaskCascade1732730500000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE tasks ADD COLUMN cascade boolean NOT NULL DEFAULT true');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE tasks DROP COLUMN cascade');
  }
}
