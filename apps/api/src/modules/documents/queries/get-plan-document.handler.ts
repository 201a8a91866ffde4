import { type IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import type { PlanResponse } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../../common/domain-error.js';
import { GetPlanQuery } from '../../plans/queries/get-plan/get-plan.query.js';
import { GetPlanVersionQuery } from '../../plans/queries/plan-versions/plan-versions.queries.js';
import { GetCalendarQuery } from '../../reports/queries/get-calendar/get-calendar.query.js';
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
    // The calendar as it stands (it is not part of an issued version's snapshot).
    const { periods } = await this.queryBus.execute(new GetCalendarQuery(planId));
    if (!plan.parentPlanId) return { plan, unit, parent: null, periods };
    const parent: PlanResponse = await this.queryBus.execute(new GetPlanQuery(plan.parentPlanId));
    const cited =
      plan.status === 'issued' && plan.issued ? await this.citedAt(parent.id, plan.issued.issuedAt) : null;
    return {
      plan,
      unit,
      periods,
      parent: {
        title: cited?.title ?? parent.title,
        documentNumber: cited?.documentNumber ?? parent.issued?.documentNumber ?? parent.documentNumber,
        issuedOn: cited?.issuedOn ?? parent.issued?.issuedOn ?? null,
        unit: await this.unit(parent.unitCode),
      },
    };
  }

  /**
   * An issued plan cites the parent's version that was in force when it was signed
   * (an amendment above, issued later, does not rewrite a signed document); a draft
   * cites the parent's version in force now.
   */
  private async citedAt(parentId: string, issuedAt: string) {
    const [row]: { title: string; documentNumber: string; issuedOn: string }[] = await this.dataSource.query(
      `SELECT plan->>'title' AS title, document_number AS "documentNumber", issued_on::text AS "issuedOn"
       FROM plan_versions WHERE plan_id = $1 AND issued_at <= $2::timestamptz ORDER BY number DESC LIMIT 1`,
      [parentId, issuedAt],
    );
    return row ?? null;
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
