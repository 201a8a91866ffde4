import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { type PlanHistoryEntry, idParam } from '@cchc/contracts';
import type { z } from 'zod';
import { PlanAccess } from '../../common/access/access.decorators.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { GetPlanHistoryQuery } from './queries/get-plan-history/get-plan-history.query.js';

/** Read-only: no route edits or deletes the audit log (and the database refuses to). */
@Controller('plans')
export class AuditController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id/history')
  @PlanAccess('read')
  history(
    @Param(new ZodValidationPipe(idParam)) { id }: z.infer<typeof idParam>,
  ): Promise<PlanHistoryEntry[]> {
    return this.queryBus.execute(new GetPlanHistoryQuery(id));
  }
}
