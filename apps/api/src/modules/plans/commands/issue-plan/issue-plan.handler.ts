import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { PlanResponse } from '@cchc/contracts';
import { fromComparable, type Measure, documentPlaceVi } from '@cchc/domain';
import { DomainError } from '../../../../common/domain-error.js';
import { complianceSql } from '../../infrastructure/compliance.sql.js';
import { findPlan, toPlanSummary } from '../../infrastructure/plan-row.js';
import { PlanWriter } from '../../infrastructure/plan-writer.js';
import { propagateIssuedPlan } from '../../infrastructure/propagate-amendment.js';
import { readPlan } from '../../queries/get-plan/get-plan.handler.js';
import { IssuePlanCommand } from './issue-plan.command.js';

interface Violation {
  code: string;
  problem: 'weaker' | 'missing' | 'mismatch';
  field: string;
  measure: Measure;
  value: string | null;
  floor: string | null;
}

/**
 * Issuing makes the plan the signed document: the lifecycle table lets an own
 * draft, a confirmed derived plan or an amendment be issued (a derived plan
 * not yet confirmed is PLAN_NOT_CONFIRMED, an issued one PLAN_ISSUED). Every
 * inherited target must meet its floor as it stands now (the plans above may
 * have tightened since it was confirmed): the compliance SQL finds them all at
 * once, and the refusal names each. The version is kept as issued, to be read back,
 * and carried through every level below (propagateIssuedPlan): an amendment flows down.
 */
@CommandHandler(IssuePlanCommand)
export class IssuePlanHandler implements ICommandHandler<IssuePlanCommand> {
  constructor(private readonly writer: PlanWriter) {}

  async execute(command: IssuePlanCommand): Promise<PlanResponse> {
    const { planId, request } = command;
    return this.writer.write(
      command,
      async ({ manager, plan, actor, at }) => {
        const violations: Violation[] = await manager.query(
          `SELECT code, problem, field, measure, value::text, floor::text
           FROM (${complianceSql('SELECT $1::uuid AS id')}) v ORDER BY code`,
          [planId],
        );
        if (violations.length > 0) {
          const shown = (v: Violation, x: string | null) =>
            x === null ? null : fromComparable(v.measure, Number(x));
          const [first] = violations as [Violation];
          throw new DomainError(
            'TARGET_WEAKER_THAN_PARENT',
            `Targets ${violations.map((v) => v.code).join(', ')} do not meet the floors of the plans above: raise them before issuing`,
            {
              targetCode: first.code,
              field: first.field,
              parentValue: shown(first, first.floor) ?? undefined,
              triedValue: shown(first, first.value),
              errors: violations.map((v) => ({
                field: `targets.${v.code}.${v.field}`,
                message:
                  v.problem === 'missing'
                    ? `target ${v.code} of the plan above is missing`
                    : `target ${v.code}: ${shown(v, v.value)} is weaker than the floor ${shown(v, v.floor)}`,
              })),
            },
          );
        }
        await manager.query(
          `UPDATE plans SET document_number = $2, issued_on = $3, issue_place = $4, signer = $5::jsonb,
             issued_at = $6, issued_by = $7, document_version = document_version + 1, amendment_reason = NULL
           WHERE id = $1`,
          [
            planId,
            request.documentNumber,
            request.issuedOn,
            // Where it is dated: "Ngã Năm", but "Phường 1" for a unit whose name is a number.
            request.place ?? documentPlaceVi({ type: plan.unit_type, name: plan.unit_name }),
            JSON.stringify(request.signer),
            at,
            actor?.username ?? null,
          ],
        );
        // The version as signed: read back exactly by GET /versions/:n.
        const issued = await readPlan(manager, planId);

        await manager.query(
          `INSERT INTO plan_versions (plan_id, number, province_code, document_number, issued_on, place, signer,
             reason, issued_at, issued_by, plan)
           SELECT id, document_version, province_code, document_number, issued_on, issue_place, signer,
             $3, issued_at, issued_by, $2::jsonb
           FROM plans WHERE id = $1`,
          [planId, JSON.stringify(issued), plan.amendment_reason],
        );
        const after = toPlanSummary(await findPlan(manager, planId));
        // The version in force flows through every level below at once, in this transaction.
        const below = await propagateIssuedPlan(manager, planId, issued.issued?.version ?? 1);
        return {
          result: issued,
          changes: [{ planId, action: 'plan_issued', before: toPlanSummary(plan), after }, ...below.changes],
        };
      },
      { event: 'issue' },
    );
  }
}
