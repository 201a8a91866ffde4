import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { SaveReportRequest } from '@cchc/contracts';
import type { DataSource } from 'typeorm';
import { Clock } from '../common/clock.js';
import { SaveReportCommand } from '../modules/reports/commands/save-report/save-report.command.js';
import { SubmitReportCommand } from '../modules/reports/commands/submit-report/submit-report.command.js';

/**
 * A sample of district and commune plans file their Q1 report through the product, one by one
 * as units do: `SaveReportCommand` with the report's target values and task states, then
 * `SubmitReportCommand`, on 10/03/2024 (the clock stopped there: Q1 is open and the report on
 * time). The requests are built beforehand (a unit's screen has them), untimed. Answers the
 * plans filed and the time each took (save + submit), in ms.
 */
export async function fileThroughCommands(
  app: INestApplicationContext,
  ds: DataSource,
  sample: number,
  targets: number,
  tasks: number,
): Promise<{ planIds: string[]; ms: number[] }> {
  const rows: { id: string; request: SaveReportRequest }[] = await ds.query(
    `SELECT p.id, json_build_object(
       'summary', 'Báo cáo kết quả thực hiện quý I',
       'targets', (SELECT json_agg(json_build_object(
           'code', t.code, 'value', least(100, greatest(0, t.value + abs(hashtext(p.id::text || t.code)) % 13 - 6)))
           ORDER BY t.code)
         FROM targets t WHERE t.plan_id = p.id AND t.code <= $2),
       'tasks', (SELECT json_agg(json_build_object(
           'taskId', k.id,
           'state', (ARRAY['not_started', 'in_progress', 'done'])[1 + abs(hashtext(k.id::text)) % 3],
           'percentDone', (ARRAY[0, 50, 100])[1 + abs(hashtext(k.id::text)) % 3]))
         FROM (SELECT id FROM tasks WHERE plan_id = p.id ORDER BY id LIMIT $3) k)) AS request
     FROM plans p WHERE p.parent_plan_id IS NOT NULL ORDER BY md5(p.id::text || 'q1') LIMIT $1`,
    [sample, `CT-${String(targets).padStart(2, '0')}`, tasks],
  );
  const commands = app.get(CommandBus);
  const clock = app.get(Clock);
  clock.set(new Date('2024-03-10T02:00:00Z'));
  const ms: number[] = [];
  try {
    for (const { id, request } of rows) {
      const started = performance.now();
      await commands.execute(new SaveReportCommand(id, 'q1', request));
      await commands.execute(new SubmitReportCommand(id, 'q1'));
      ms.push(performance.now() - started);
    }
  } finally {
    clock.set(null);
  }
  return { planIds: rows.map((r) => r.id), ms };
}
