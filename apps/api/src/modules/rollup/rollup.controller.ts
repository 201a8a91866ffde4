import { sendAsAttachment } from '../../common/attachment.js';
import { Controller, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { reportsRoutes as routes } from '@cchc/contracts';
import type { Response } from 'express';
import { PlanAccess } from '../../common/access/access.decorators.js';
import { Input, Route, type RouteInput } from '../../common/route.js';
import { GetRollupQuery } from './queries/get-rollup/get-rollup.query.js';
import type { RollupFile } from './queries/get-rollup-workbook/get-rollup-workbook.query.js';
import { GetRollupWorkbookQuery } from './queries/get-rollup-workbook/get-rollup-workbook.query.js';

/**
 * A period's reports rolled up over a plan's subtree, as JSON and as a workbook. It lists the
 * plans below (their units' report status), so, like the children and compliance lists, only
 * the plan's own unit and the units above it see it ('subtree'): a district reading the
 * province's plan is refused (403), another province's user is told nothing (404).
 */
@Controller()
export class RollupController {
  constructor(private readonly queryBus: QueryBus) {}

  @Route(routes.rollup)
  @PlanAccess('subtree')
  rollup(@Input(routes.rollup) { params, query }: RouteInput<typeof routes.rollup>) {
    return this.queryBus.execute(new GetRollupQuery(params.id, query.period, query.unit ?? null));
  }

  @Route(routes.rollupXlsx)
  @PlanAccess('subtree')
  async rollupXlsx(
    @Input(routes.rollupXlsx) { params, query }: RouteInput<typeof routes.rollupXlsx>,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Uint8Array> {
    const file: RollupFile = await this.queryBus.execute(
      new GetRollupWorkbookQuery(params.id, query.period, query.unit ?? null),
    );
    sendAsAttachment(res, { ascii: file.fileName, vietnamese: file.fileNameVi });
    return file.bytes;
  }
}
