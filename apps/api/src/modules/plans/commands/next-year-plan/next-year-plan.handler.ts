import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { PlanResponse } from '@cchc/contracts';
import {
  dateOneYearLaterSql,
  dueTextOneYearLaterSql,
  legalBasisLine,
  nextYearLegalBasis,
  nextYearTitle,
} from '@cchc/domain';
import { DomainError } from '../../../../common/domain-error.js';
import { findPlan, toPlanSummary } from '../../infrastructure/plan-row.js';
import { PlanWriter } from '../../infrastructure/plan-writer.js';
import { readPlan } from '../../queries/get-plan/get-plan.handler.js';
import { NextYearPlanCommand } from './next-year-plan.command.js';

/** A date target's value (days since 1970-01-01) one year on; other measures as they are. */
const movedValue = (column: string) =>
  `CASE WHEN t.measure = 'date' AND ${column} IS NOT NULL
     THEN ${dateOneYearLaterSql(`(DATE '1970-01-01' + ${column}::int)`)} - DATE '1970-01-01'
     ELSE ${column} END`;

/**
 * Starts the unit's plan for the following year from this one: a draft of its
 * own (no parent yet: the next cascade from above adopts it, and its targets by
 * code), with this plan's targets as its own and its tasks due one year later,
 * citing this plan in its legal basis. The source plan is only read: it may be
 * issued, and starting next year's plan does not change it, so this is a
 * create, not a write to the source (which the lifecycle table would refuse).
 */
@CommandHandler(NextYearPlanCommand)
export class NextYearPlanHandler implements ICommandHandler<NextYearPlanCommand> {
  constructor(private readonly writer: PlanWriter) {}

  execute({ planId }: NextYearPlanCommand): Promise<PlanResponse> {
    return this.writer.create(async ({ manager }) => {
      const source = await findPlan(manager, planId);
      const year = source.year + 1;
      // As CreatePlanHandler: serialises two clerks starting the same unit's plan at once.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`plan:${source.unit_code}:${year}`]);
      const [existing]: { id: string }[] = await manager.query(
        `SELECT id FROM plans
         WHERE carried_from_plan_id = $1 OR ($4 = 'annual' AND unit_code = $2 AND year = $3 AND kind = 'annual')
         ORDER BY (carried_from_plan_id = $1) DESC LIMIT 1`,
        [planId, source.unit_code, year, source.kind],
      );
      if (existing) {
        throw new DomainError(
          'PLAN_ALREADY_EXISTS',
          `Unit ${source.unit_code} already has its ${source.kind} plan for ${year}`,
          { existingPlanId: existing.id },
        );
      }
      // "Căn cứ Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2024 của …": the date once it is issued.
      const cited = legalBasisLine({
        documentNumber: source.document_number,
        issuedOn: source.document_version > 0 ? source.issued_on : null,
        unitType: source.unit_type,
        unitName: source.unit_name,
        title: source.title,
      });
      const [plan]: { id: string }[] = await manager.query(
        `INSERT INTO plans (province_code, unit_code, year, kind, title, document_number, legal_basis, objectives,
                            status, parent_plan_id, version, carried_from_plan_id)
         VALUES ($1, $2, $3, $4, $5, NULL, $6, $7, 'draft', NULL, 1, $8)
         RETURNING id`,
        [
          source.province_code,
          source.unit_code,
          year,
          source.kind,
          nextYearTitle(source.title, source.year),
          nextYearLegalBasis(source.legal_basis, source.year, cited),
          source.objectives,
          planId,
        ],
      );
      const id = (plan as { id: string }).id;
      // Inherited targets become the plan's own: the next cascade from above binds them again by code.
      await manager.query(
        `INSERT INTO targets (plan_id, province_code, code, name, area, measure, direction, value,
                              floor_district, floor_commune, parent_target_id, reporting)
         SELECT $2, t.province_code, t.code, t.name, t.area, t.measure, t.direction, ${movedValue('t.value')},
                ${movedValue('t.floor_district')}, ${movedValue('t.floor_commune')}, NULL, t.reporting
         FROM targets t WHERE t.plan_id = $1 ORDER BY t.id`,
        [planId, id],
      );
      await manager.query(
        `INSERT INTO tasks (plan_id, province_code, title, area, product, lead_agency, coordinating_agencies,
                            budget_million_vnd, due, parent_task_id, cascade)
         SELECT $2, t.province_code, t.title, t.area, t.product, t.lead_agency, t.coordinating_agencies,
                t.budget_million_vnd, ${dueTextOneYearLaterSql('t.due')}, NULL, t.cascade
         FROM tasks t WHERE t.plan_id = $1 ORDER BY t.id`,
        [planId, id],
      );
      const after = toPlanSummary(await findPlan(manager, id));
      return {
        result: await readPlan(manager, id),
        changes: [{ planId: id, action: 'plan_created', before: null, after }],
      };
    });
  }
}
