import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { FieldError, ReportResponse, SaveReportRequest } from '@cchc/contracts';
import {
  type Direction,
  type Measure,
  fromComparable,
  percentAgrees,
  targetMeets,
  targetValueIssue,
  toComparable,
} from '@cchc/domain';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../../../common/clock.js';
import { ValidationFailedError } from '../../../../common/domain-error.js';
import { queryRows } from '../../../../database/query-rows.js';
import { PlanWriter } from '../../../plans/infrastructure/plan-writer.js';
import { openForFiling, reportSnapshot } from '../../infrastructure/report-guard.js';
import {
  findReport,
  recountReportsSql,
  reportResponse,
  reportTargetRows,
  reportTaskRows,
} from '../../infrastructure/report-rows.js';
import { SaveReportCommand } from './save-report.command.js';

interface PlanTarget {
  code: string;
  measure: Measure;
  direction: Direction;
  value: string;
}
interface PlanTask {
  id: string;
  coordinating_agencies: string[];
}

/** The rows a save writes, checked against the plan: every problem named by its field. */
function checkedRows(request: SaveReportRequest, targets: PlanTarget[], tasks: PlanTask[]) {
  const errors: FieldError[] = [];
  const byCode = new Map(targets.map((t) => [t.code, t]));
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const seenCodes = new Set<string>();
  const targetRows = (request.targets ?? []).flatMap((t, i) => {
    const at = `targets.${i}`;
    const target = byCode.get(t.code);
    if (!target) {
      errors.push({ field: `${at}.code`, message: `the plan has no target ${t.code}` });
      return [];
    }
    if (seenCodes.has(t.code)) {
      errors.push({ field: `${at}.code`, message: `target ${t.code} is given twice` });
      return [];
    }
    seenCodes.add(t.code);
    const numerator = t.numerator ?? null;
    const denominator = t.denominator ?? null;
    let value: number | null = null;
    let meets: boolean | null = null;
    if (t.value !== null) {
      const issue = targetValueIssue(target.measure, t.value);
      if (issue) {
        errors.push({ field: `${at}.value`, message: issue.message });
        return [];
      }
      value = toComparable(target.measure, t.value);
      meets = targetMeets(
        {
          measure: target.measure,
          direction: target.direction,
          value: fromComparable(target.measure, Number(target.value)),
        },
        t.value,
      );
    }
    if (numerator !== null || denominator !== null) {
      if (target.measure !== 'percent') {
        errors.push({
          field: `${at}.${numerator !== null ? 'numerator' : 'denominator'}`,
          message: 'counts are given only behind a percentage',
        });
      } else if (numerator === null || denominator === null) {
        errors.push({
          field: `${at}.${numerator === null ? 'numerator' : 'denominator'}`,
          message: 'numerator and denominator are given together',
        });
      } else if (typeof t.value !== 'number' || !percentAgrees(t.value, numerator, denominator)) {
        errors.push({
          field: `${at}.numerator`,
          message:
            typeof t.value !== 'number'
              ? 'a percentage is needed with its counts'
              : `${numerator} of ${denominator} is not ${t.value} %`,
        });
      }
    }
    return [{ code: t.code, value, numerator, denominator, note: t.note ?? null, meets }];
  });
  const seenTasks = new Set<string>();
  const taskRows = (request.tasks ?? []).flatMap((t, i) => {
    const at = `tasks.${i}`;
    const task = byId.get(t.taskId);
    if (!task) {
      errors.push({ field: `${at}.taskId`, message: 'the plan has no such task' });
      return [];
    }
    if (seenTasks.has(t.taskId)) {
      errors.push({ field: `${at}.taskId`, message: 'the task is given twice' });
      return [];
    }
    seenTasks.add(t.taskId);
    const agencies = new Set<string>();
    (t.contributions ?? []).forEach((c, j) => {
      const field = `${at}.contributions.${j}.agency`;
      if (!task.coordinating_agencies.includes(c.agency))
        errors.push({ field, message: `${c.agency} is not a coordinating agency of the task` });
      else if (agencies.has(c.agency)) errors.push({ field, message: `${c.agency} is given twice` });
      agencies.add(c.agency);
    });
    return [
      {
        task_id: t.taskId,
        state: t.state,
        percent_done: t.percentDone,
        note: t.note ?? null,
        contributions: (t.contributions ?? []).map((c) => ({
          agency: c.agency,
          state: c.state,
          note: c.note ?? null,
        })),
      },
    ];
  });
  if (errors.length > 0) throw new ValidationFailedError(errors);
  return { targetRows, taskRows };
}

/**
 * Saves a draft: the targets and tasks the request names are written (one statement per
 * table, from the request as a record set), the others kept as they were. `meets` is
 * computed here, by the target's direction, and stored with the value for the roll-up.
 * Through the plan writer (event `report`: an issued plan; its version is not bumped).
 */
@CommandHandler(SaveReportCommand)
export class SaveReportHandler implements ICommandHandler<SaveReportCommand> {
  constructor(
    private readonly writer: PlanWriter,
    private readonly clock: Clock,
  ) {}

  execute({ planId, periodKey, request }: SaveReportCommand): Promise<ReportResponse> {
    return this.writer.write(
      { planId, expectedVersion: null },
      async ({ manager: m, plan }) => {
        const now = this.clock.now();
        const { calendar, period, before } = await openForFiling(m, planId, periodKey, now);

        const targets = await queryRows<PlanTarget>(
          m,
          'SELECT code, measure, direction, value::text AS value FROM targets WHERE plan_id = $1',
          [planId],
        );
        const tasks = await queryRows<PlanTask>(
          m,
          'SELECT id, coordinating_agencies FROM tasks WHERE plan_id = $1',
          [planId],
        );
        const { targetRows, taskRows } = checkedRows(request, targets, tasks);
        const codes = targetRows.map((r) => r.code);
        const taskIds = taskRows.map((r) => r.task_id);
        const touched = async (reportId: string | null) => ({
          targets: await reportTargetRows(m, planId, reportId, codes),
          tasks: await reportTaskRows(m, planId, reportId, taskIds),
          summary: request.summary !== undefined,
        });
        const rowsBefore = await touched(before?.id ?? null);

        const reportId = await upsertDraft(m, plan, period.key, request.summary, now);
        await writeRows(m, reportId, plan, period.key, targetRows, taskRows);
        if (targetRows.length > 0) await m.query(recountReportsSql('r.id = $1'), [reportId]);
        const after = await findReport(m, planId, period.key);
        return {
          result: await reportResponse(m, planId, calendar, period, now),
          changes: [
            {
              planId,
              action: 'report_saved',
              before: reportSnapshot(period, before, rowsBefore),
              after: reportSnapshot(period, after, await touched(reportId)),
            },
          ],
        };
      },
      { event: 'report', bumpVersion: false },
    );
  }
}

/** The report's row as a draft (created on the first save); its id. */
export async function upsertDraft(
  m: EntityManager,
  plan: { id: string; province_code: string },
  periodKey: string,
  summary: string | undefined,
  now: Date,
): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    m,
    `INSERT INTO progress_reports (plan_id, province_code, period_key, status, summary, updated_at)
     VALUES ($1, $2, $3, 'draft', coalesce($4, ''), $5)
     ON CONFLICT (plan_id, period_key) DO UPDATE
       SET status = 'draft', summary = coalesce($4, progress_reports.summary), updated_at = $5
     RETURNING id`,
    [plan.id, plan.province_code, periodKey, summary ?? null, now],
  );
  if (!row) throw new Error('the report row was not written');
  return row.id;
}

async function writeRows(
  m: EntityManager,
  reportId: string,
  plan: { id: string; province_code: string },
  periodKey: string,
  targetRows: ReturnType<typeof checkedRows>['targetRows'],
  taskRows: ReturnType<typeof checkedRows>['taskRows'],
): Promise<void> {
  if (targetRows.length > 0) {
    await m.query(
      `INSERT INTO report_targets (report_id, plan_id, province_code, period_key, code, value, numerator,
                                   denominator, note, meets)
       SELECT $1, $2, $3, $4, r.code, r.value, r.numerator, r.denominator, r.note, r.meets
       FROM jsonb_to_recordset($5::jsonb)
         AS r (code text, value numeric, numerator numeric, denominator numeric, note text, meets boolean)
       ON CONFLICT (report_id, code) DO UPDATE SET value = excluded.value, numerator = excluded.numerator,
         denominator = excluded.denominator, note = excluded.note, meets = excluded.meets`,
      [reportId, plan.id, plan.province_code, periodKey, JSON.stringify(targetRows)],
    );
  }
  if (taskRows.length > 0) {
    await m.query(
      `INSERT INTO report_tasks (report_id, task_id, province_code, state, percent_done, note, contributions)
       SELECT $1, r.task_id, $2, r.state, r.percent_done, r.note, r.contributions
       FROM jsonb_to_recordset($3::jsonb)
         AS r (task_id uuid, state text, percent_done int, note text, contributions jsonb)
       ON CONFLICT (report_id, task_id) DO UPDATE SET state = excluded.state,
         percent_done = excluded.percent_done, note = excluded.note, contributions = excluded.contributions`,
      [reportId, plan.province_code, JSON.stringify(taskRows)],
    );
  }
}
