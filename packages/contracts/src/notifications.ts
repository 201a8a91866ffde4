import { INBOX_KINDS, NOTIFICATION_KINDS } from '@cchc/domain';
import { z } from 'zod';
import { unitCode, uuid } from './common';
import { planKind, planStatus } from './plans';

export const notificationKind = z.enum(NOTIFICATION_KINDS);

/** What a notification says (the domain's NotificationParams): the screens word it. */
export const notificationParams = z.object({
  year: z.number().int(),
  fromUnit: z.object({ code: unitCode, type: z.string(), name: z.string() }),
  documentNumber: z.string().nullable(),
  issuedOn: z.string().nullable().optional(),
  targetsAdded: z.array(z.string()).optional(),
  targetsRaised: z.array(z.string()).optional(),
  tasksAdded: z.number().int().optional(),
  parentVersion: z.number().int().optional(),
  targets: z.array(z.object({ code: z.string() }).loose()).optional(),
  /** report_submitted / report_reopened: the reporting period. */
  period: z.object({ key: z.string(), label: z.string() }).optional(),
  late: z.boolean().optional(),
  reason: z.string().optional(),
});

/** One notification of the caller's unit, with the caller's own read mark. */
export const notificationResponse = z
  .object({
    id: uuid,
    kind: notificationKind,
    at: z.string(),
    /** The plan it is about, to open: the unit's own, or the unit below's. */
    planId: uuid,
    params: notificationParams,
    read: z.boolean(),
  })
  .meta({ id: 'Notification' });
export type NotificationResponse = z.infer<typeof notificationResponse>;

export const notificationsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** The page after the one that ended with this notification (`nextBefore` of the previous page). */
  before: uuid.optional(),
});

export const notificationsPage = z.object({
  items: z.array(notificationResponse),
  /** The caller's unread notifications, all pages together. */
  unread: z.number().int(),
  /** The `before` of the next page; null on the last one. */
  nextBefore: uuid.nullable(),
});
export type NotificationsPage = z.infer<typeof notificationsPage>;

export const readAllResponse = z.object({ marked: z.number().int(), unread: z.number().int() });

export const inboxKind = z.enum(INBOX_KINDS);

/** One thing the caller's unit must do now, with its plan and its date. */
export const inboxItem = z
  .object({
    kind: inboxKind,
    plan: z.object({
      id: uuid,
      unitCode,
      year: z.number().int(),
      kind: planKind,
      title: z.string(),
      documentNumber: z.string().nullable(),
      status: planStatus,
    }),
    /** children_overdue: how many units below have not issued past the deadline; reports_overdue: how many have not submitted the period's report past its due day. */
    count: z.number().int().optional(),
    /** report_due / reports_overdue: the reporting period. */
    period: z.object({ key: z.string(), label: z.string() }).optional(),
    /** Since when it waits: when the plan last changed. */
    since: z.string(),
    /** The deadline it is held to (the plan above's childrenDueOn; a report's dueOn), YYYY-MM-DD, when one is set. */
    dueOn: z.string().nullable(),
  })
  .meta({ id: 'InboxItem' });
export type InboxItem = z.infer<typeof inboxItem>;
