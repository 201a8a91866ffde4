import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { RollupResponse } from '@cchc/contracts';
import { fromComparable } from '@cchc/domain';
import { DataSource } from 'typeorm';
import { DomainError } from '../../../../common/domain-error.js';
import { findPlan } from '../../../plans/infrastructure/plan-row.js';
import { fullNameOf } from '../../../plans/infrastructure/unit-names.sql.js';
import { loadCalendar, periodOf, toPeriodResponse } from '../../../reports/infrastructure/calendar.js';
import { countRollup, planOfUnitIn, subtreeOf } from '../../rollup.sql.js';
import { GetRollupQuery } from './get-rollup.query.js';

/**
 * The roll-up (definitions in rollup.sql.ts and docs/api.md): the plan (or, with a unit, that
 * unit's plan in its subtree), the period from its calendar, then one counting statement over
 * the subtree. Reads only: no report row is loaded, only the two tables the answer has.
 */
@QueryHandler(GetRollupQuery)
export class GetRollupHandler implements IQueryHandler<GetRollupQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ planId, periodKey, unitCode }: GetRollupQuery): Promise<RollupResponse> {
    const m = this.dataSource.manager;
    let plan = await findPlan(m, planId);
    let subtree = await subtreeOf(m, [plan.id]);
    if (unitCode !== null && unitCode !== plan.unit_code) {
      const drilled = await planOfUnitIn(m, subtree, unitCode);
      if (drilled === null) {
        throw new DomainError('NOT_FOUND', `Unit ${unitCode} has no plan below plan ${plan.id}`, {
          field: 'query.unit',
        });
      }
      plan = await findPlan(m, drilled);
      subtree = await subtreeOf(m, [plan.id]);
    }
    // The reports module's calendar: the periods the plan reports on, as its reports see them.
    const calendar = await loadCalendar(m, plan.id);
    const period = periodOf(calendar, periodKey, 'query.period');
    const { targets, units } = await countRollup(m, [plan.id], period.key, subtree);
    return {
      period: toPeriodResponse(period, calendar.lockDays),
      plan: {
        id: plan.id,
        unitCode: plan.unit_code,
        unitName: plan.unit_name,
        unitFullName: fullNameOf(plan),
      },
      targets: targets.map((t) => {
        const show = (v: number | null) =>
          // A date's median between two days is the earlier one.
          v === null ? null : fromComparable(t.measure, t.measure === 'date' ? Math.floor(v) : v);
        return {
          code: t.code,
          name: t.name,
          area: t.area,
          measure: t.measure,
          direction: t.direction,
          met: t.met,
          missed: t.missed,
          notReported: t.not_reported,
          min: show(t.min),
          median: show(t.median),
          max: show(t.max),
        };
      }),
      units: units.map((u) => ({
        unitCode: u.unit_code,
        unitName: u.unit_name,
        unitFullName: fullNameOf(u),
        planId: u.plan_id,
        status: u.status,
        met: u.met,
        missed: u.missed,
        hasPlansBelow: u.has_plans_below,
      })),
    };
  }
}
