import { type IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import type { RollupResponse } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { findPlan } from '../../../plans/infrastructure/plan-row.js';
import { rollupFileNames, rollupWorkbook } from '../../rollup.xlsx.js';
import { GetRollupQuery } from '../get-rollup/get-rollup.query.js';
import { GetRollupWorkbookQuery, type RollupFile } from './get-rollup-workbook.query.js';

/** The same roll-up as GET …/rollup answers, written as a workbook. */
@QueryHandler(GetRollupWorkbookQuery)
export class GetRollupWorkbookHandler implements IQueryHandler<GetRollupWorkbookQuery> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queryBus: QueryBus,
  ) {}

  async execute({ planId, periodKey, unitCode }: GetRollupWorkbookQuery): Promise<RollupFile> {
    const rollup: RollupResponse = await this.queryBus.execute(
      new GetRollupQuery(planId, periodKey, unitCode),
    );
    const plan = await findPlan(this.dataSource.manager, rollup.plan.id);
    const bytes = await rollupWorkbook({ rollup, documentNumber: plan.document_number, year: plan.year });
    const names = rollupFileNames(rollup);
    return { bytes, fileName: names.ascii, fileNameVi: names.vietnamese };
  }
}
