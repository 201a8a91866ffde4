import { type IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import type { PlanResponse } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { queryRows } from '../../../../database/query-rows.js';
import { GetPlanQuery } from '../../../plans/queries/get-plan/get-plan.query.js';
import { GetPlanVersionQuery } from '../../../plans/queries/plan-versions/plan-versions.queries.js';
import { type CitedPlan, appendixFileNames, appendixWorkbook } from '../../appendix.xlsx.js';
import { type AppendixFile, GetAppendixQuery } from './get-appendix.query.js';

type UnitRow = { unit_type: string; unit_name: string };

@QueryHandler(GetAppendixQuery)
export class GetAppendixHandler implements IQueryHandler<GetAppendixQuery> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queryBus: QueryBus,
  ) {}

  async execute({ planId, version }: GetAppendixQuery): Promise<AppendixFile> {
    const plan: PlanResponse = await this.queryBus.execute(
      version === null ? new GetPlanQuery(planId) : new GetPlanVersionQuery(planId, version),
    );
    const m = this.dataSource.manager;
    const [unit] = await queryRows<UnitRow>(
      m,
      `SELECT u.type AS unit_type, u.name AS unit_name FROM plans p JOIN units u ON u.code = p.unit_code WHERE p.id = $1`,
      [planId],
    );
    if (!unit) throw new Error(`plan ${planId} has no unit`);
    // The version asked for, or the one in force while the plan is issued; a draft (or an amendment being drafted) cites none.
    const [issued] = await queryRows<{ document_number: string; issued_on: string }>(
      m,
      `SELECT document_number, issued_on::text AS issued_on FROM plan_versions
       WHERE plan_id = $1 AND number = $2`,
      [planId, version ?? (plan.status === 'issued' ? plan.issued?.version : null) ?? -1],
    );
    // The parent plan's issued version in force: the document the inherited tasks were assigned by.
    const [parent] = plan.parentPlanId
      ? await queryRows<{ document_number: string; issued_on: string } & UnitRow>(
          m,
          `SELECT v.document_number, v.issued_on::text AS issued_on, u.type AS unit_type, u.name AS unit_name
           FROM plans p JOIN units u ON u.code = p.unit_code
           JOIN plan_versions v ON v.plan_id = p.id
           WHERE p.id = $1 ORDER BY v.number DESC LIMIT 1`,
          [plan.parentPlanId],
        )
      : [];
    const cite = (row: { document_number: string; issued_on: string } & UnitRow): CitedPlan => ({
      documentNumber: row.document_number,
      issuedOn: row.issued_on,
      unitType: row.unit_type,
      unitName: row.unit_name,
    });
    const unitNames = { type: unit.unit_type, name: unit.unit_name };
    const bytes = await appendixWorkbook({
      plan,
      unit: unitNames,
      issued: issued ? cite({ ...issued, ...unit }) : null,
      parent: parent ? cite(parent) : null,
    });
    const names = appendixFileNames(unitNames, plan.year);
    return { bytes, fileName: names.ascii, fileNameVi: names.vietnamese };
  }
}
