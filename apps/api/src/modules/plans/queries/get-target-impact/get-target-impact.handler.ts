import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { FieldError, TargetImpactResponse } from '@cchc/contracts';
import { FLOOR_LEVELS, targetValueProblem, toComparable } from '@cchc/domain';
import { DataSource } from 'typeorm';
import { NotFoundError, ValidationFailedError } from '../../../../common/domain-error.js';
import { SUBTREE_OF_PLAN, runComplianceQuery } from '../../infrastructure/compliance.sql.js';
import { TargetOrmEntity } from '../../infrastructure/target.orm-entity.js';
import { GetTargetImpactQuery } from './get-target-impact.query.js';

/**
 * The compliance query itself answers, once as the targets stand and once with
 * the proposed row in place of the stored one: a `targets` CTE shadows the
 * table for that one statement (inlined, so the joins by id stay index
 * lookups). Nothing is written or locked; the rule is the compliance SQL's,
 * so the warning before saving and the compliance screen after it agree.
 */
@QueryHandler(GetTargetImpactQuery)
export class GetTargetImpactHandler implements IQueryHandler<GetTargetImpactQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ planId, code, proposed }: GetTargetImpactQuery): Promise<TargetImpactResponse> {
    const target = await this.dataSource.manager.findOneBy(TargetOrmEntity, { planId, code });
    if (!target) throw new NotFoundError(`Target ${code} of plan ${planId}`);
    const m = target.measure;
    const errors: FieldError[] = [];
    const parse = (field: string, raw: string): number | null => {
      const value = m === 'date' ? raw : Number(raw);
      const problem = targetValueProblem(m, value);
      if (problem) errors.push({ field, message: problem });
      return problem ? null : toComparable(m, value);
    };
    const value = proposed.value === undefined ? target.value : parse('value', proposed.value);
    const floors = { district: target.floorDistrict, commune: target.floorCommune };
    for (const level of FLOOR_LEVELS) {
      const raw = proposed[level];
      if (raw !== undefined) floors[level] = raw === '' ? null : parse(level, raw);
    }
    if (errors.length > 0) throw new ValidationFailedError(errors);

    const count = (override: boolean) =>
      runComplianceQuery<{ n: number }>(
        this.dataSource,
        SUBTREE_OF_PLAN,
        (compliance) => `WITH ${
          override
            ? `targets AS NOT MATERIALIZED (
                SELECT id, plan_id, code, name, area, measure, direction, parent_target_id,
                       CASE WHEN id = $3 THEN $4::numeric ELSE value END AS value,
                       CASE WHEN id = $3 THEN $5::numeric ELSE floor_district END AS floor_district,
                       CASE WHEN id = $3 THEN $6::numeric ELSE floor_commune END AS floor_commune
                FROM targets),`
            : ''
        }
         problems AS (${compliance})
         SELECT count(DISTINCT plan_id)::int AS n FROM problems WHERE code = $2 AND problem = 'weaker'`,
        override ? [planId, code, target.id, value, floors.district, floors.commune] : [planId, code],
      );
    const [[below], [now]] = [await count(true), await count(false)];
    return { targetCode: code, plansBelowFloor: below?.n ?? 0, plansBelowFloorNow: now?.n ?? 0 };
  }
}
