import { CommandHandler, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import type { PlanResponse } from '@cchc/contracts';
import { PlanOrmEntity } from '../../infrastructure/plan.orm-entity.js';
import { findPlan, toPlanSummary } from '../../infrastructure/plan-row.js';
import { PlanWriter } from '../../infrastructure/plan-writer.js';
import { GetPlanQuery } from '../../queries/get-plan/get-plan.query.js';
import { UpdatePlanCommand } from './update-plan.command.js';

@CommandHandler(UpdatePlanCommand)
export class UpdatePlanHandler implements ICommandHandler<UpdatePlanCommand> {
  constructor(
    private readonly writer: PlanWriter,
    private readonly queryBus: QueryBus,
  ) {}

  async execute(command: UpdatePlanCommand): Promise<PlanResponse> {
    const { planId, request } = command;
    await this.writer.write(command, async ({ manager, plan }) => {
      const changes: Partial<PlanOrmEntity> = {};
      if (request.title !== undefined) changes.title = request.title;
      if (request.documentNumber !== undefined) changes.documentNumber = request.documentNumber;
      if (request.legalBasis !== undefined) changes.legalBasis = request.legalBasis;
      if (request.objectives !== undefined) changes.objectives = request.objectives;
      if (request.recipients !== undefined) changes.recipients = request.recipients;
      if (request.childrenDueOn !== undefined) changes.childrenDueOn = request.childrenDueOn;
      if (Object.keys(changes).length > 0) await manager.update(PlanOrmEntity, { id: planId }, changes);
      const after = toPlanSummary(await findPlan(manager, planId));
      return {
        result: undefined,
        changes: [{ planId, action: 'plan_updated', before: toPlanSummary(plan), after }],
      };
    });
    return this.queryBus.execute(new GetPlanQuery(planId));
  }
}
