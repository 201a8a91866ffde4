import { type IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import type { PlanResponse } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../../common/domain-error.js';
import { GetPlanQuery } from '../../plans/queries/get-plan/get-plan.query.js';
import { GetPlanVersionQuery } from '../../plans/queries/plan-versions/plan-versions.queries.js';
import { GetPlanDocumentQuery, type PlanDocumentSource } from './get-plan-document.query.js';

type UnitRow = { code: string; type: string; name: string; level: 'province' | 'district' | 'commune' };

@QueryHandler(GetPlanDocumentQuery)
export class GetPlanDocumentHandler implements IQueryHandler<GetPlanDocumentQuery> {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly dataSource: DataSource,
  ) {}

  async execute({ planId, version }: GetPlanDocumentQuery): Promise<PlanDocumentSource> {
    const plan: PlanResponse = await this.queryBus.execute(
      version === undefined ? new GetPlanQuery(planId) : new GetPlanVersionQuery(planId, version),
    );
    const unit = await this.unit(plan.unitCode);
    if (!plan.parentPlanId) return { plan, unit, parent: null };
    // The parent as it now stands: the number and date of its version in force.
    const parent: PlanResponse = await this.queryBus.execute(new GetPlanQuery(plan.parentPlanId));
    const parentUnit = await this.unit(parent.unitCode);
    return {
      plan,
      unit,
      parent: {
        title: parent.title,
        documentNumber: parent.issued?.documentNumber ?? parent.documentNumber,
        issuedOn: parent.issued?.issuedOn ?? null,
        unit: parentUnit,
      },
    };
  }

  private async unit(code: string): Promise<UnitRow> {
    const [row]: UnitRow[] = await this.dataSource.query(
      'SELECT code, type, name, level FROM units WHERE code = $1',
      [code],
    );
    if (!row) throw new NotFoundError(`Unit ${code}`);
    return row;
  }
}
