import type { NotificationResponse } from '@cchc/contracts';
import type { EntityManager } from 'typeorm';

export interface NotificationRow {
  id: string;
  kind: NotificationResponse['kind'];
  at: Date;
  plan_id: string;
  params: NotificationResponse['params'];
  read: boolean;
}

/** The notifications of `unitCode` with `userId`'s read marks; `where` adds to the unit's own filter. */
export function selectNotifications(where = ''): string {
  return `SELECT n.id, n.kind, n.at, n.plan_id, n.params, (r.user_id IS NOT NULL) AS read
          FROM notifications n
          LEFT JOIN notification_reads r ON r.notification_id = n.id AND r.user_id = $2
          WHERE n.unit_code = $1 ${where}`;
}

export function toNotificationResponse(r: NotificationRow): NotificationResponse {
  return {
    id: r.id,
    kind: r.kind,
    at: new Date(r.at).toISOString(),
    planId: r.plan_id,
    params: r.params,
    read: r.read,
  };
}

/** How many of `unitCode`'s notifications `userId` has not read. */
export async function unreadCount(m: EntityManager, unitCode: string, userId: string): Promise<number> {
  const [{ n }] = await m.query(
    `SELECT count(*)::int AS n FROM notifications n
     WHERE n.unit_code = $1
       AND NOT EXISTS (SELECT 1 FROM notification_reads r WHERE r.notification_id = n.id AND r.user_id = $2)`,
    [unitCode, userId],
  );
  return n;
}
