import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AppendixImportResponse, AppendixImportRow, TaskResponse } from '@cchc/contracts';
import { REFORM_AREAS } from '@cchc/domain';
import { DataSource } from 'typeorm';
import { DomainError, NotFoundError, ValidationFailedError } from '../../../../common/domain-error.js';
import { queryRows } from '../../../../database/query-rows.js';
import { PlanWriter } from '../../../plans/infrastructure/plan-writer.js';
import { NotAnXlsxError, readAppendix } from '../../read-appendix.js';
import { ImportAppendixCommand } from './import-appendix.command.js';

type InsertedTask = {
  id: string;
  title: string;
  area: TaskResponse['area'];
  product: string | null;
  lead_agency: string | null;
  coordinating_agencies: string[];
  budget_million_vnd: string;
  due: string | null;
  cascade: boolean;
};

/** Million VND kept to the thousandth, so sums of 0.1 and 0.2 read 0.3. */
const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 1000) / 1000;

/** What the rows would add, per area in the standard order. */
function summary(rows: AppendixImportRow[]) {
  const sections = REFORM_AREAS.map((area) => {
    const inArea = rows.filter((r) => r.area === area);
    return { area, tasksAdded: inArea.length, budgetMillionVnd: sum(inArea.map((r) => r.budgetMillionVnd)) };
  }).filter((s) => s.tasksAdded > 0);
  return {
    sections,
    tasksAdded: rows.length,
    budgetMillionVnd: sum(sections.map((s) => s.budgetMillionVnd)),
  };
}

/**
 * Reads the sheet outside the plan's lock (reading is the slow part), then adds
 * every task in one statement through PlanWriter: the plan's lifecycle and
 * version are checked, the version bumps, and each task's `task_added` history
 * is written in the same transaction. A file with any bad row adds nothing.
 */
@CommandHandler(ImportAppendixCommand)
export class ImportAppendixHandler implements ICommandHandler<ImportAppendixCommand> {
  constructor(
    private readonly writer: PlanWriter,
    private readonly dataSource: DataSource,
  ) {}

  async execute(command: ImportAppendixCommand): Promise<AppendixImportResponse> {
    const { planId, bytes, dryRun } = command;
    const [plan] = await queryRows<{ year: number }>(
      this.dataSource.manager,
      'SELECT year FROM plans WHERE id = $1',
      [planId],
    );
    if (!plan) throw new NotFoundError(`Plan ${planId}`);
    if (!(bytes instanceof Uint8Array) || bytes.length === 0)
      throw new ValidationFailedError([{ field: 'body', message: 'must be an Excel workbook (.xlsx)' }]);
    let reading: Awaited<ReturnType<typeof readAppendix>>;
    try {
      reading = await readAppendix(bytes, plan.year);
    } catch (error) {
      if (error instanceof NotAnXlsxError)
        throw new ValidationFailedError([{ field: 'body', message: error.message }]);
      throw error;
    }
    const { rows, errors } = reading;
    const answer = (): AppendixImportResponse => ({ dryRun, errors, rows, ...summary(rows) });

    // A bad file, or a dry run: the same locks and lifecycle checks (an issued plan answers
    // PLAN_ISSUED, a stale If-Match STALE_VERSION), rolled back.
    if (dryRun || errors.length > 0) {
      await this.writer.write(command, async () => ({ result: null, changes: [] }), { dryRun: true });
      if (dryRun) return answer();
      throw new DomainError(
        'APPENDIX_INVALID',
        `The appendix was not imported: ${errors.length} problem(s), the first ${errors[0]?.field}: ${errors[0]?.message}`,
        { errors },
      );
    }

    return this.writer.write(command, async ({ manager, plan: locked }) => {
      const inserted = await queryRows<InsertedTask>(
        manager,
        `INSERT INTO tasks (plan_id, province_code, title, area, product, lead_agency, coordinating_agencies,
                            budget_million_vnd, due, parent_task_id, cascade)
         SELECT $1, $2, r.title, r.area, r.product, r.lead_agency, r.coordinating_agencies,
                r.budget_million_vnd, r.due, NULL, true
         FROM ROWS FROM (jsonb_to_recordset($3::jsonb) AS (title text, area text, product text, lead_agency text,
                         coordinating_agencies text[], budget_million_vnd numeric, due text))
              WITH ORDINALITY AS r (title, area, product, lead_agency, coordinating_agencies, budget_million_vnd, due, n)
         ORDER BY r.n
         RETURNING id, title, area, product, lead_agency, coordinating_agencies, budget_million_vnd::text, due, cascade`,
        [
          planId,
          locked.province_code,
          JSON.stringify(
            rows.map((r) => ({
              title: r.title,
              area: r.area,
              product: r.product,
              lead_agency: r.leadAgency,
              coordinating_agencies: r.coordinatingAgencies,
              budget_million_vnd: r.budgetMillionVnd,
              due: r.due,
            })),
          ),
        ],
      );
      // Ids are uuidv7, in the order the rows were inserted: the sheet's order.
      inserted.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const tasks: TaskResponse[] = inserted.map((t) => ({
        id: t.id,
        title: t.title,
        area: t.area,
        product: t.product,
        leadAgency: t.lead_agency,
        coordinatingAgencies: t.coordinating_agencies,
        budgetMillionVnd: Number(t.budget_million_vnd),
        due: t.due,
        parentTaskId: null,
        cascade: t.cascade,
        mandated: false,
        parentDue: null,
      }));
      return {
        result: answer(),
        changes: tasks.map((after) => ({ planId, action: 'task_added' as const, before: null, after })),
      };
    });
  }
}
