import { Module } from '@nestjs/common';
import { GetRollupHandler } from './queries/get-rollup/get-rollup.handler.js';
import { GetRollupWorkbookHandler } from './queries/get-rollup-workbook/get-rollup-workbook.handler.js';
import { RollupController } from './rollup.controller.js';

/** The period's progress reports of a plan's subtree, counted up the tree (reads only). */
@Module({
  controllers: [RollupController],
  providers: [GetRollupHandler, GetRollupWorkbookHandler],
})
export class RollupModule {}
