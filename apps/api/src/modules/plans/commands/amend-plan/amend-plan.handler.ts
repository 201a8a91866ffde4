import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { PlanResponse } from '@cchc/contracts';
import { findPlan, toPlanSummary } from '../../infrastructure/plan-row.js';
import { PlanWriter } from '../../infrastructure/plan-writer.js';
import { readPlan } from '../../queries/get-plan/get-plan.handler.js';
import { AmendPlanCommand } from './amend-plan.command.js';

/**
 * Reopens an issued plan for its next version: the lifecycle table takes it
 * from issued to amending (anything else is refused with its code). The issued
 * version stays as it was signed, in plan_versions; the working copy is edited
 * as a draft is, and issuing it again makes it the version in force.
 */
@CommandHandler(AmendPlanCommand)
export class AmendPlanHandler implements ICommandHandler<AmendPlanCommand> {
  constructor(private readonly writer: PlanWriter) {}

  execute(command: AmendPlanCommand): Promise<PlanResponse> {
    const { planId, request } = command;
    return this.writer.write(
      command,
      async ({ manager, plan }) => {
        await manager.query('UPDATE plans SET amendment_reason = $2 WHERE id = $1', [planId, request.reason]);
        const after = toPlanSummary(await findPlan(manager, planId));
        return {
          result: await readPlan(manager, planId),
          changes: [{ planId, action: 'plan_amended', before: toPlanSummary(plan), after }],
        };
      },
      { event: 'amend' },
    );
  }
}
