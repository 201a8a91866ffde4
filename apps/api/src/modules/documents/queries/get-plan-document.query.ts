import { Query } from '@nestjs/cqrs';
import type { PlanResponse, ReportingPeriodResponse, UnitResponse } from '@cchc/contracts';

/** The issued plan a derived plan's document cites: "Kế hoạch số 218/KH-UBND ngày 19/12/2023 của Ủy ban nhân dân tỉnh Sóc Trăng". */
export type ParentDocument = {
  title: string;
  /** The version in force of the parent; null while it has never been issued. */
  documentNumber: string | null;
  issuedOn: string | null;
  unit: Pick<UnitResponse, 'type' | 'name' | 'level'>;
};

/** Everything a plan's files (.docx, .pdf, .xlsx) are made of. */
export type PlanDocumentSource = {
  plan: PlanResponse;
  unit: Pick<UnitResponse, 'code' | 'type' | 'name' | 'level'>;
  parent: ParentDocument | null;
  /** The reporting periods section IV lists: those the plan inherits, then its own. */
  periods: ReportingPeriodResponse[];
};

/** The plan as it stands, or issued version `version` as it was issued, with its unit and the plan it derives from. */
export class GetPlanDocumentQuery extends Query<PlanDocumentSource> {
  constructor(
    readonly planId: string,
    readonly version?: number,
  ) {
    super();
  }
}
