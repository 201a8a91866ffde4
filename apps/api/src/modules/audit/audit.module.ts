import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller.js';
import { GetPlanHistoryHandler } from './queries/get-plan-history/get-plan-history.handler.js';

@Module({
  controllers: [AuditController],
  providers: [GetPlanHistoryHandler],
})
export class AuditModule {}
