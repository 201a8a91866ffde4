import { PlanWriteCommand } from '../plan-write.command.js';
import type { TargetResponse, createTargetRequest } from '@cchc/contracts';
import type { z } from 'zod';

export class AddTargetCommand extends PlanWriteCommand<TargetResponse> {
  constructor(
    planId: string,
    readonly request: z.output<typeof createTargetRequest>,
    expectedVersion: number | null = null,
  ) {
    super(planId, expectedVersion);
  }
}
