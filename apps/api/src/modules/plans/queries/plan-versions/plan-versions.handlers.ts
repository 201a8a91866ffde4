import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type {
  PlanDiffResponse,
  PlanResponse,
  PlanVersionSummary,
  TargetResponse,
  TaskResponse,
} from '@cchc/contracts';
import { type DiffablePlan, planDiff } from '@cchc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundError } from '../../../../common/domain-error.js';
import { readPlan } from '../get-plan/get-plan.handler.js';
import { GetPlanDiffQuery, GetPlanVersionQuery, ListPlanVersionsQuery } from './plan-versions.queries.js';

@QueryHandler(ListPlanVersionsQuery)
export class ListPlanVersionsHandler implements IQueryHandler<ListPlanVersionsQuery> {
  constructor(private readonly dataSource: DataSource) {}

  execute({ planId }: ListPlanVersionsQuery): Promise<PlanVersionSummary[]> {
    return this.dataSource.query(
      `SELECT number, document_number AS "documentNumber", issued_on::text AS "issuedOn", place, signer, reason,
              to_char(issued_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "issuedAt",
              issued_by AS "issuedBy"
       FROM plan_versions WHERE plan_id = $1 ORDER BY number`,
      [planId],
    );
  }
}

/** The plan as issued under version `n`, stored whole when it was issued. */
async function versionOf(m: EntityManager, planId: string, n: number): Promise<PlanResponse> {
  const [row]: { plan: PlanResponse }[] = await m.query(
    'SELECT plan FROM plan_versions WHERE plan_id = $1 AND number = $2',
    [planId, n],
  );
  if (!row) throw new NotFoundError(`Version ${n} of plan ${planId}`);
  // Versions issued before plans had their own recipients list carry none: the usual list.
  return { ...row.plan, recipients: row.plan.recipients ?? [] };
}

@QueryHandler(GetPlanVersionQuery)
export class GetPlanVersionHandler implements IQueryHandler<GetPlanVersionQuery> {
  constructor(private readonly dataSource: DataSource) {}

  execute({ planId, number }: GetPlanVersionQuery): Promise<PlanResponse> {
    return versionOf(this.dataSource.manager, planId, number);
  }
}

/** What a version says, for the diff: its header text, and its targets and tasks as the plan lists them. */
function diffable(plan: PlanResponse): DiffablePlan & { targets: TargetResponse[]; tasks: TaskResponse[] } {
  return {
    header: {
      title: plan.title,
      documentNumber: plan.documentNumber,
      legalBasis: plan.legalBasis,
      objectives: plan.objectives,
      recipients: plan.recipients,
    },
    targets: plan.areas.flatMap((a) => a.targets),
    tasks: plan.areas.flatMap((a) => a.tasks),
  };
}

@QueryHandler(GetPlanDiffQuery)
export class GetPlanDiffHandler implements IQueryHandler<GetPlanDiffQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ planId, from, to }: GetPlanDiffQuery): Promise<PlanDiffResponse> {
    const m = this.dataSource.manager;
    const [before, after] = await Promise.all([
      versionOf(m, planId, from),
      to === 'current' ? readPlan(m, planId) : versionOf(m, planId, to),
    ]);
    const diff = planDiff(diffable(before), diffable(after));
    return {
      from,
      to,
      header: diff.header,
      targets: diff.targets,
      tasks: diff.tasks,
    };
  }
}
