import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller.js';
import { RecordPlanChangeHandler } from './events/record-plan-change.on-plan-changed.handler.js';
import { GetPlanHistoryHandler } from './queries/get-plan-history/get-plan-history.handler.js';

@Module({
  controllers: [AuditController],
  providers: [RecordPlanChangeHandler, GetPlanHistoryHandler],
})
export class AuditModule {}
