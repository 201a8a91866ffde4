import { CommandHandler, EventBus, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import type { PlanResponse } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { PlanChangedEvent } from '../../events/plan-changed.event.js';
import { PlanOrmEntity } from '../../infrastructure/plan.orm-entity.js';
import { bumpVersion, lockPlan, toPlanSummary } from '../../infrastructure/plan-rows.js';
import { GetPlanQuery } from '../../queries/get-plan/get-plan.query.js';
import { UpdatePlanCommand } from './update-plan.command.js';

@CommandHandler(UpdatePlanCommand)
export class UpdatePlanHandler implements ICommandHandler<UpdatePlanCommand> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queryBus: QueryBus,
    private readonly eventBus: EventBus,
  ) {}

  async execute({ planId, request }: UpdatePlanCommand): Promise<PlanResponse> {
    const before = await this.dataSource.transaction(async (manager) => {
      const plan = await lockPlan(manager, planId);
      const changes: Partial<PlanOrmEntity> = {};
      if (request.title !== undefined) changes.title = request.title;
      if (request.documentNumber !== undefined) changes.documentNumber = request.documentNumber;
      if (request.legalBasis !== undefined) changes.legalBasis = request.legalBasis;
      if (request.objectives !== undefined) changes.objectives = request.objectives;
      await manager.update(PlanOrmEntity, { id: planId }, changes);
      await bumpVersion(manager, planId);
      return toPlanSummary(plan);
    });
    const after = await this.queryBus.execute(new GetPlanQuery(planId));
    this.eventBus.publish(new PlanChangedEvent(planId, 'plan_updated', before, after));
    return after;
  }
}
