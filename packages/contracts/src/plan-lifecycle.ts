import { z } from 'zod';
import { uuid } from './common';
import { planResponse, signer, targetResponse, taskResponse } from './plans';

/** Why an issued plan is reopened (sửa đổi, bổ sung): kept with the version it leads to. */
export const amendPlanRequest = z
  .object({ reason: z.string().trim().min(1).max(2000) })
  .strict()
  .meta({ id: 'AmendPlanRequest' });
export type AmendPlanRequest = z.infer<typeof amendPlanRequest>;

/** One issued version of a plan, numbered from 1. */
export const planVersionSummary = z
  .object({
    number: z.number().int(),
    documentNumber: z.string(),
    issuedOn: z.string(),
    place: z.string(),
    signer,
    /** Why it was amended; null for the first version. */
    reason: z.string().nullable(),
    issuedAt: z.string(),
    issuedBy: z.string().nullable(),
  })
  .meta({ id: 'PlanVersion' });
export type PlanVersionSummary = z.infer<typeof planVersionSummary>;

export const planVersionParams = z.object({ id: uuid, n: z.coerce.number().int().min(1).max(100_000) });

/** `to=current` (the default) compares with the working copy. */
export const planDiffQuery = z
  .object({
    from: z.coerce.number().int().min(1).max(100_000),
    to: z.union([z.literal('current'), z.coerce.number().int().min(1).max(100_000)]).default('current'),
  })
  .strict();

export const fieldChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });

export const planDiffResponse = z
  .object({
    from: z.number().int(),
    to: z.union([z.number().int(), z.literal('current')]),
    /** Header fields changed: title, documentNumber, legalBasis, objectives. */
    header: z.array(fieldChange),
    targets: z.object({
      added: z.array(targetResponse),
      removed: z.array(targetResponse),
      changed: z.array(z.object({ code: z.string(), changes: z.array(fieldChange) })),
    }),
    tasks: z.object({
      added: z.array(taskResponse),
      removed: z.array(taskResponse),
      changed: z.array(z.object({ id: uuid, changes: z.array(fieldChange) })),
    }),
  })
  .meta({ id: 'PlanDiff' });
export type PlanDiffResponse = z.infer<typeof planDiffResponse>;

/** An issued version as it was signed: the same shape as GET /api/plans/:id. */
export const planVersionResponse = planResponse;
