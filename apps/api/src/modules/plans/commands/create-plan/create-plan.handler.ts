import { CommandHandler, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import type { PlanResponse } from '@cchc/contracts';
import { DomainError, ValidationFailedError } from '../../../../common/domain-error.js';
import { PlanOrmEntity } from '../../infrastructure/plan.orm-entity.js';
import { findPlan, toPlanSummary } from '../../infrastructure/plan-row.js';
import { PlanWriter } from '../../infrastructure/plan-writer.js';
import { GetPlanQuery } from '../../queries/get-plan/get-plan.query.js';
import { CreatePlanCommand } from './create-plan.command.js';

@CommandHandler(CreatePlanCommand)
export class CreatePlanHandler implements ICommandHandler<CreatePlanCommand> {
  constructor(
    private readonly writer: PlanWriter,
    private readonly queryBus: QueryBus,
  ) {}

  async execute({ request }: CreatePlanCommand): Promise<PlanResponse> {
    const id = await this.writer.create(async ({ manager }) => {
      const [unit] = await manager.query('SELECT province_code FROM units WHERE code = $1', [
        request.unitCode,
      ]);
      if (!unit)
        throw new ValidationFailedError([
          { field: 'unitCode', message: `no unit has code ${request.unitCode}` },
        ]);
      if (request.kind === 'annual') {
        // Serialises two clerks creating the same unit's plan at once.
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
          `plan:${request.unitCode}:${request.year}`,
        ]);
        const [existing] = await manager.query(
          `SELECT id FROM plans WHERE unit_code = $1 AND year = $2 AND kind = 'annual'`,
          [request.unitCode, request.year],
        );
        if (existing) {
          throw new DomainError(
            'PLAN_ALREADY_EXISTS',
            `Unit ${request.unitCode} already has an annual plan for ${request.year}`,
            { existingPlanId: existing.id },
          );
        }
      }
      const plan = manager.create(PlanOrmEntity, {
        provinceCode: unit.province_code,
        unitCode: request.unitCode,
        year: request.year,
        kind: request.kind,
        title: request.title,
        documentNumber: request.documentNumber ?? null,
        legalBasis: request.legalBasis,
        objectives: request.objectives,
        status: 'draft',
        parentPlanId: null,
        version: 1,
      });
      await manager.save(plan);
      const after = toPlanSummary(await findPlan(manager, plan.id));
      return { result: plan.id, changes: [{ planId: plan.id, action: 'plan_created', before: null, after }] };
    });
    return this.queryBus.execute(new GetPlanQuery(id));
  }
}
