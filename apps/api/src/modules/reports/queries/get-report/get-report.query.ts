import { Query } from '@nestjs/cqrs';
import type { ReportResponse } from '@cchc/contracts';

export class GetReportQuery extends Query<ReportResponse> {
  constructor(
    readonly planId: string,
    readonly periodKey: string,
  ) {
    super();
  }
}
