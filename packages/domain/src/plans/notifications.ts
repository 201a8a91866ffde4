import { numericDateVi } from '../wording/dates';
import { type NamedUnit, unitTypedName } from '../units/unit-name';
import type { PlanStatus } from './reform-area';

/**
 * What a unit is told, in the app (thông báo). Each is written, in the
 * transaction of the change, from the audit entry the change leaves:
 * - plan_derived: a cascade created the unit's plan from the plan above
 *   ("derived_by_cascade", created);
 * - plan_received: a cascade added or raised targets in the unit's existing plan
 *   ("derived_by_cascade", not created);
 * - plan_reconfirm: the plan above was amended and issued again, changing
 *   targets the unit must re-confirm ("derived_by_amendment");
 * - child_confirmed / child_issued: a unit below confirmed or issued the plan it
 *   derived from this unit's ("plan_confirmed" / "plan_issued" of a derived plan);
 * - report_submitted: a unit below submitted its progress report for a period
 *   ("report_submitted"), told to the unit above;
 * - report_reopened: the unit above reopened the unit's report for a period, for a
 *   stated reason ("report_reopened"), told to the unit.
 * The API stores the kind and its params; the screens word them.
 */
export const NOTIFICATION_KINDS = [
  'plan_derived',
  'plan_received',
  'plan_reconfirm',
  'child_confirmed',
  'child_issued',
  'report_submitted',
  'report_reopened',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The audit action each notification kind is written from (a cascade's entry gives two kinds). */
export const NOTIFICATION_SOURCES: Readonly<Record<NotificationKind, string>> = {
  plan_derived: 'derived_by_cascade',
  plan_received: 'derived_by_cascade',
  plan_reconfirm: 'derived_by_amendment',
  child_confirmed: 'plan_confirmed',
  child_issued: 'plan_issued',
  report_submitted: 'report_submitted',
  report_reopened: 'report_reopened',
};

/** What a notification says, as stored with it: a snapshot of the moment it was written. */
export interface NotificationParams {
  year: number;
  /** The other unit: the one above for plan_*, the one below for child_*. */
  fromUnit: NamedUnit & { code: string };
  /** The other unit's plan number ("218/KH-UBND"), null while it has none; report_*: the plan reported on (the unit below's). */
  documentNumber: string | null;
  /** child_issued: the day the unit below signed its plan (YYYY-MM-DD). */
  issuedOn?: string | null;
  /** plan_derived / plan_received: codes of the targets added, raised; tasks added. */
  targetsAdded?: string[];
  targetsRaised?: string[];
  tasksAdded?: number;
  /** plan_reconfirm: the version of the plan above, and what changed in it. */
  parentVersion?: number;
  targets?: { code: string }[];
  /** report_*: the reporting period ("Quý I/2024"). */
  period?: { key: string; label: string };
  /** report_submitted: submitted after the morning of its due day. */
  late?: boolean;
  /** report_reopened: why the unit above reopened it. */
  reason?: string;
}

const plan = (p: NotificationParams) =>
  p.documentNumber ? `Kế hoạch số ${p.documentNumber}` : `Kế hoạch năm ${p.year}`;

const period = (p: NotificationParams) => p.period?.label ?? 'kỳ báo cáo';

const codes = (list: readonly string[] | undefined) => (list ?? []).join(', ');

/**
 * The notification in Vietnamese, as an official reads it: "Kế hoạch số
 * 218/KH-UBND của Tỉnh Sóc Trăng được giao cho đơn vị: cần xác nhận".
 */
export function notificationTextVi(kind: NotificationKind, p: NotificationParams): string {
  const from = unitTypedName(p.fromUnit);
  switch (kind) {
    case 'plan_derived':
      return `${plan(p)} của ${from} được giao cho đơn vị: cần xác nhận các chỉ tiêu được giao`;
    case 'plan_received': {
      const parts = [
        p.targetsAdded?.length ? `bổ sung chỉ tiêu ${codes(p.targetsAdded)}` : null,
        p.targetsRaised?.length ? `nâng chỉ tiêu ${codes(p.targetsRaised)}` : null,
        p.tasksAdded ? `bổ sung ${p.tasksAdded} nhiệm vụ` : null,
      ].filter((x): x is string => x !== null);
      return `${plan(p)} của ${from} được bổ sung, nâng chỉ tiêu cho đơn vị${parts.length ? ` (${parts.join('; ')})` : ''}`;
    }
    case 'plan_reconfirm':
      return `${plan(p)} của ${from} được sửa đổi, bổ sung${p.parentVersion ? ` (lần ${p.parentVersion - 1})` : ''}: cần xác nhận lại chỉ tiêu ${codes(p.targets?.map((t) => t.code))}`;
    case 'child_confirmed':
      return `${from} đã xác nhận kế hoạch năm ${p.year}`;
    case 'child_issued':
      return `${from} đã ban hành ${plan(p)}${p.issuedOn ? ` ngày ${numericDateVi(p.issuedOn)}` : ''}`;
    case 'report_submitted':
      return `${from} đã gửi báo cáo ${period(p)} thực hiện ${plan(p)}${p.late ? ' (chậm so với thời hạn)' : ''}`;
    case 'report_reopened':
      return `${from} đã mở lại báo cáo ${period(p)} thực hiện ${plan(p)} của đơn vị${p.reason ? `, lý do: ${p.reason}` : ''}`;
  }
}

/**
 * What a unit must do now (the inbox, "Việc cần làm"), most urgent first:
 * confirm what it received, re-confirm what an amendment above changed, issue
 * its plan, then chase the units below past their deadline; then file the progress
 * reports due (`report_due`, a period whose window is open and whose report is not
 * submitted) and chase the units below whose report is past due (`reports_overdue`).
 */
export const INBOX_KINDS = [
  'confirm',
  'reconfirm',
  'issue',
  'children_overdue',
  'report_due',
  'reports_overdue',
] as const;
export type InboxKind = (typeof INBOX_KINDS)[number];

/** The task a unit's own plan asks of it, or null when it asks none (issued). */
export function inboxTaskOf(plan: {
  status: PlanStatus;
  parentPlanId: string | null;
  reconfirm: unknown | null;
}): Exclude<InboxKind, 'children_overdue' | 'report_due' | 'reports_overdue'> | null {
  switch (plan.status) {
    case 'derived':
      return plan.reconfirm ? 'reconfirm' : 'confirm';
    case 'confirmed':
    case 'amending':
      return 'issue';
    case 'draft':
      // A draft is a plan the unit writes itself: it is issued, nothing else.
      return 'issue';
    case 'issued':
      return null;
  }
}

/** The same rule as SQL over the plans row alias `p`, for the inbox query. */
export function inboxTaskSql(p: string): string {
  return `(CASE ${p}.status
    WHEN 'derived' THEN (CASE WHEN ${p}.reconfirm IS NOT NULL THEN 'reconfirm' ELSE 'confirm' END)
    WHEN 'confirmed' THEN 'issue' WHEN 'amending' THEN 'issue' WHEN 'draft' THEN 'issue'
    ELSE NULL END)`;
}

/** Where a kind sits in the inbox (0 first), for SQL ordering. */
export function inboxRankSql(kind: string): string {
  return `array_position(ARRAY[${INBOX_KINDS.map((k) => `'${k}'`).join(', ')}]::text[], ${kind})`;
}
