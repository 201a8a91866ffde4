import {
  DEFAULT_LOCK_DAYS,
  MAX_REPORTING_PERIODS,
  PERIOD_KEY_PATTERN,
  REPORT_STATUSES,
  TARGET_REPORTING,
  TASK_STATES,
  UNIT_REPORT_STATUSES,
} from '@cchc/domain';
import { z } from 'zod';
import { unitCode, uuid } from './common';
import { direction, isoDay, measure, reformArea, targetValue } from './plans';

export const periodKey = z
  .string()
  .regex(
    PERIOD_KEY_PATTERN,
    'must be a short slug: a lower-case letter, then up to 19 letters, digits, - or _',
  );
export const reportParams = z.object({ id: uuid, period: periodKey });
export const targetReporting = z.enum(TARGET_REPORTING);
export const reportStatus = z.enum(REPORT_STATUSES);
export const taskState = z.enum(TASK_STATES);
export const unitReportStatus = z.enum(UNIT_REPORT_STATUSES);

// ---- calendar ----------------------------------------------------------------

export const reportingPeriodInput = z
  .object({
    key: periodKey,
    /** "Quý I/2024", "6 tháng đầu năm 2024", "Tháng 8/2025". */
    label: z.string().trim().min(1).max(100),
    /** First day of data. */
    from: isoDay,
    /** Last day of data: the cut-off. */
    to: isoDay,
    /** Due by the morning of this day (Vietnam time). */
    dueOn: isoDay,
  })
  .strict();

export const reportingPeriod = reportingPeriodInput
  .extend({
    /** A period of a plan above that this plan reports on; only the plan that set it changes it. */
    inherited: z.boolean(),
    /** The first day reports for it cannot be saved or submitted without being reopened. */
    locksOn: z.string(),
  })
  .meta({ id: 'ReportingPeriod' });
export type ReportingPeriodResponse = z.infer<typeof reportingPeriod>;

/** The plan's own periods (a derived plan's come after those it inherits), and the lock setting. */
export const putCalendarRequest = z
  .object({
    periods: z.array(reportingPeriodInput).max(MAX_REPORTING_PERIODS),
    /** How many days after its due date a period locks; inherited from the plan above when left out. */
    lockDays: z.number().int().min(0).max(365).optional(),
  })
  .strict()
  .meta({ id: 'PutCalendarRequest' });
export type PutCalendarRequest = z.infer<typeof putCalendarRequest>;

export const calendarResponse = z
  .object({
    planId: uuid,
    lockDays: z.number().int(),
    /** Seed 000's four periods when no plan of the chain set its own. */
    isDefault: z.boolean(),
    periods: z.array(reportingPeriod),
  })
  .meta({ id: 'ReportingCalendar' });
export type CalendarResponse = z.infer<typeof calendarResponse>;
export { DEFAULT_LOCK_DAYS };

// ---- reports -------------------------------------------------------------------

const note = z.string().trim().max(2000).nullable().optional();

export const reportTargetInput = z
  .object({
    code: z.string().min(1).max(40),
    /** The value achieved (for the period alone or the year to date, as the target's `reporting` says); null clears it. */
    value: targetValue.nullable(),
    /** The counts behind a percentage (987 of 1.000 files): they must agree with `value`. */
    numerator: z.number().min(0).max(1e12).nullable().optional(),
    denominator: z.number().min(0).max(1e12).nullable().optional(),
    note,
  })
  .strict();

export const taskContribution = z
  .object({
    /** A coordinating agency of the task (its name as the plan lists it). */
    agency: z.string().trim().min(1).max(300),
    state: taskState,
    note,
  })
  .strict();

export const reportTaskInput = z
  .object({
    taskId: uuid,
    /** The lead agency's entry. */
    state: taskState,
    percentDone: z.number().int().min(0).max(100),
    note,
    /** Each coordinating agency's own part, recorded apart from the lead's. */
    contributions: z.array(taskContribution).max(50).optional(),
  })
  .strict();

/** A draft's content: any part may be left out and is kept as saved (a partial save). */
export const saveReportRequest = z
  .object({
    targets: z.array(reportTargetInput).max(1000).optional(),
    tasks: z.array(reportTaskInput).max(2000).optional(),
    summary: z.string().max(20_000).optional(),
  })
  .strict()
  .meta({ id: 'SaveReportRequest' });
export type SaveReportRequest = z.infer<typeof saveReportRequest>;

export const reopenReportRequest = z
  .object({ reason: z.string().trim().min(1).max(2000) })
  .strict()
  .meta({ id: 'ReopenReportRequest' });

export const reportTargetResponse = z.object({
  code: z.string(),
  name: z.string(),
  area: reformArea,
  measure,
  direction,
  reporting: targetReporting,
  /** The plan's value for the year. */
  planValue: targetValue,
  value: targetValue.nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  note: z.string().nullable(),
  /** Whether `value` meets `planValue` in the target's direction; null until a value is given. */
  meets: z.boolean().nullable(),
});

export const reportTaskResponse = z.object({
  taskId: uuid,
  title: z.string(),
  area: reformArea,
  leadAgency: z.string().nullable(),
  coordinatingAgencies: z.array(z.string()),
  due: z.string().nullable(),
  state: taskState,
  percentDone: z.number().int(),
  note: z.string().nullable(),
  /** Its deadline is before the period's cut-off and it is not done. */
  overdue: z.boolean(),
  contributions: z.array(z.object({ agency: z.string(), state: taskState, note: z.string().nullable() })),
});

export const reportResponse = z
  .object({
    planId: uuid,
    period: reportingPeriod,
    status: reportStatus,
    /** open, or not_open before its data starts, or locked from `period.locksOn` (unless reopened). */
    window: z.enum(['not_open', 'open', 'locked']),
    submittedAt: z.string().nullable(),
    /** Submitted after the morning of its due day. */
    late: z.boolean(),
    /** Reopened by the unit above, for this reason: it can be saved and submitted once more. */
    reopened: z.object({ reason: z.string(), at: z.string(), by: z.string().nullable() }).nullable(),
    /** Every target and task of the plan, with what the report says of it so far. */
    targets: z.array(reportTargetResponse),
    tasks: z.array(reportTaskResponse),
    summary: z.string(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'ProgressReport' });
export type ReportResponse = z.infer<typeof reportResponse>;

// ---- roll-up -------------------------------------------------------------------

export const rollupQuery = z
  .object({
    period: periodKey,
    /** Drill into a unit of the plan's subtree: its plan's roll-up. */
    unit: unitCode.optional(),
  })
  .strict();
export type RollupQuery = z.infer<typeof rollupQuery>;

export const rollupResponse = z
  .object({
    period: reportingPeriod,
    /** The plan rolled up (the drilled-into unit's plan with `unit`). */
    plan: z.object({ id: uuid, unitCode, unitName: z.string(), unitFullName: z.string() }),
    /** Per target code of the plan: how the units of its subtree that report on it stand. */
    targets: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        area: reformArea,
        measure,
        direction,
        met: z.number().int(),
        missed: z.number().int(),
        notReported: z.number().int(),
        /** The spread of the submitted values; null when none. */
        min: targetValue.nullable(),
        median: targetValue.nullable(),
        max: targetValue.nullable(),
      }),
    ),
    /** Per direct child unit: its own report's status, and targets met and missed over its subtree. */
    units: z.array(
      z.object({
        unitCode,
        unitName: z.string(),
        unitFullName: z.string(),
        planId: uuid,
        status: unitReportStatus,
        met: z.number().int(),
        missed: z.number().int(),
        /** Its plan has plans below it: the roll-up can drill into it (`&unit=`). */
        hasPlansBelow: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'Rollup' });
export type RollupResponse = z.infer<typeof rollupResponse>;
