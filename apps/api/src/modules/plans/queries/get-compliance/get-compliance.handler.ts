import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { ComplianceItem } from '@cchc/contracts';
import { type Measure, fromComparable } from '@cchc/domain';
import { DataSource } from 'typeorm';
import { SUBTREE_OF_PLAN, runComplianceQuery } from '../../infrastructure/compliance.sql.js';
import { findPlan } from '../../infrastructure/plan-row.js';
import {
  type UnitNameRow,
  districtJoin,
  fullNameOf,
  unitNameColumns,
} from '../../infrastructure/unit-names.sql.js';
import { GetComplianceQuery } from './get-compliance.query.js';

@QueryHandler(GetComplianceQuery)
export class GetComplianceHandler implements IQueryHandler<GetComplianceQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ planId }: GetComplianceQuery): Promise<ComplianceItem[]> {
    await findPlan(this.dataSource.manager, planId);
    const rows: (UnitNameRow & {
      plan_id: string;
      unit_code: string;
      unit_level: ComplianceItem['unitLevel'];
      code: string;
      name: string;
      problem: ComplianceItem['problem'];
      field: ComplianceItem['field'];
      direction: ComplianceItem['direction'];
      measure: Measure;
      value: string | null;
      floor: string;
    })[] = await runComplianceQuery(
      this.dataSource,
      SUBTREE_OF_PLAN,
      (compliance) => `WITH problems AS (${compliance})
       SELECT problems.*, p.unit_code, ${unitNameColumns('u')}, u.level AS unit_level
       FROM problems JOIN plans p ON p.id = problems.plan_id JOIN units u ON u.code = p.unit_code
       ${districtJoin('u')}
       ORDER BY p.unit_code, problems.code, problems.field`,
      [planId],
    );
    return rows.map((r) => ({
      planId: r.plan_id,
      unitCode: r.unit_code,
      unitName: r.unit_name,
      unitType: r.unit_type,
      unitFullName: fullNameOf(r),
      unitLevel: r.unit_level,
      districtCode: r.district_code,
      targetCode: r.code,
      targetName: r.name,
      measure: r.measure,
      problem: r.problem,
      field: r.field,
      direction: r.direction,
      value: r.value === null ? null : fromComparable(r.measure, Number(r.value)),
      floor: fromComparable(r.measure, Number(r.floor)),
    }));
  }
}
