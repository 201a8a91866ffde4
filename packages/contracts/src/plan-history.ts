import { z } from 'zod';
import { uuid } from './common';
import {
  measure,
  planIssue,
  planStatus,
  planSummaryResponse as currentPlanSummary,
  targetResponse,
  targetValue,
  taskSnapshot,
} from './plans';
import { reportStatus, reportingPeriodInput, taskState } from './reports';

/** A plan's header as the history recorded it (entries written before plans were issued lack `issued`). */
const planSummaryResponse = currentPlanSummary.extend({
  issued: planIssue.nullable().optional(),
  amendment: currentPlanSummary.shape.amendment.optional(),
  reconfirm: currentPlanSummary.shape.reconfirm.optional(),
});

/** A target as the history recorded it (entries written before targets had `reporting` lack it). */
const targetSnapshot = targetResponse.partial({ reporting: true });

/** A plan as a confirmation's history shows it: the plan, and the targets it raised. */
const confirmedPlan = planSummaryResponse.extend({
  areas: z.array(z.object({ targets: z.array(targetSnapshot) })),
});

/** A report's state around a write: its status, and the rows the write touched, as they were. */
const reportSnapshot = z.object({
  period: z.object({ key: z.string(), label: z.string() }),
  status: reportStatus,
  late: z.boolean(),
  submittedAt: z.string().nullable(),
  summary: z.string().optional(),
  targets: z
    .array(
      z.object({
        code: z.string(),
        value: targetValue.nullable(),
        numerator: z.number().nullable(),
        denominator: z.number().nullable(),
        note: z.string().nullable(),
        meets: z.boolean().nullable(),
      }),
    )
    .optional(),
  tasks: z
    .array(
      z.object({
        taskId: uuid,
        state: taskState,
        percentDone: z.number().int(),
        note: z.string().nullable(),
        contributions: z.array(
          z.object({ agency: z.string(), state: taskState, note: z.string().nullable() }),
        ),
      }),
    )
    .optional(),
  /** report_reopened: why, and by whom (an officer of the unit above). */
  reopened: z.object({ reason: z.string(), by: z.string().nullable() }).nullable().optional(),
});

/** A plan's own reporting periods and lock setting, around a calendar write. */
const calendarSnapshot = z.object({
  lockDays: z.number().int().nullable(),
  periods: z.array(reportingPeriodInput),
});

/** A target bound to, or released from, the same code in the parent plan. */
const targetLink = z.object({ code: z.string(), parentPlanId: uuid });

/**
 * What each kind of change records, before and after. The audit log stores
 * these as they are written here; the history route answers them, and the
 * web shows each kind its own way.
 */
export const planChange = z.discriminatedUnion('action', [
  z.object({ action: z.literal('plan_created'), before: z.null(), after: planSummaryResponse }),
  z.object({ action: z.literal('plan_updated'), before: planSummaryResponse, after: planSummaryResponse }),
  z.object({ action: z.literal('plan_confirmed'), before: confirmedPlan, after: confirmedPlan }),
  z.object({ action: z.literal('plan_issued'), before: planSummaryResponse, after: planSummaryResponse }),
  z.object({ action: z.literal('plan_amended'), before: planSummaryResponse, after: planSummaryResponse }),
  z.object({
    action: z.literal('plan_cascaded'),
    before: z.null(),
    after: z.object({
      created: z.number().int(),
      updated: z.number().int(),
      /** Only the child plans the reader may see. */
      childPlanIds: z.array(uuid),
    }),
  }),
  z.object({
    action: z.literal('derived_by_cascade'),
    before: z.null(),
    // Entries recorded before a cascade said what it changed name the parent plan only.
    after: z.object({
      parentPlanId: uuid,
      created: z.boolean().optional(),
      status: z.object({ from: planStatus.nullable(), to: planStatus }).nullable().optional(),
      targetsAdded: z.array(z.string()).optional(),
      targetsRaised: z
        .array(z.object({ code: z.string(), measure, from: targetValue, to: targetValue }))
        .optional(),
      tasksAdded: z.number().int().optional(),
    }),
  }),
  z.object({
    action: z.literal('derived_by_amendment'),
    before: z.null(),
    // What an issued amendment of a plan above changed in this one.
    after: z.object({
      parentPlanId: uuid,
      parentVersion: z.number().int(),
      status: z.object({ from: planStatus, to: planStatus }).nullable(),
      targets: z.array(z.object({ code: z.string(), before: targetValue.nullable(), after: targetValue })),
      renamed: z.array(z.string()),
      tasksAdded: z.number().int(),
    }),
  }),
  z.object({ action: z.literal('target_added'), before: z.null(), after: targetSnapshot }),
  z.object({ action: z.literal('target_changed'), before: targetSnapshot, after: targetSnapshot }),
  z.object({ action: z.literal('target_removed'), before: targetSnapshot, after: z.null() }),
  z.object({ action: z.literal('target_inherited'), before: z.null(), after: targetLink }),
  z.object({ action: z.literal('target_released'), before: targetLink, after: z.null() }),
  z.object({ action: z.literal('task_added'), before: z.null(), after: taskSnapshot }),
  z.object({ action: z.literal('task_changed'), before: taskSnapshot, after: taskSnapshot }),
  z.object({ action: z.literal('task_removed'), before: taskSnapshot, after: z.null() }),
  z.object({ action: z.literal('report_saved'), before: reportSnapshot, after: reportSnapshot }),
  z.object({ action: z.literal('report_submitted'), before: reportSnapshot, after: reportSnapshot }),
  z.object({ action: z.literal('report_reopened'), before: reportSnapshot, after: reportSnapshot }),
  z.object({ action: z.literal('calendar_changed'), before: calendarSnapshot, after: calendarSnapshot }),
]);
export type PlanChangeRecord = z.infer<typeof planChange>;
export type PlanHistoryAction = PlanChangeRecord['action'];

export const planHistoryEntry = z
  .intersection(
    z.object({
      id: z.number().int(),
      at: z.string(),
      actor: z.object({ id: uuid, username: z.string() }).nullable(),
    }),
    planChange,
  )
  .meta({ id: 'PlanHistoryEntry' });
export type PlanHistoryEntry = z.infer<typeof planHistoryEntry>;
