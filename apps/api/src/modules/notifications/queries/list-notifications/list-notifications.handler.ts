import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { NotificationsPage } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import {
  type NotificationRow,
  selectNotifications,
  toNotificationResponse,
  unreadCount,
} from '../../infrastructure/notification-rows.js';
import { ListNotificationsQuery } from './list-notifications.query.js';

/** Newest first (ids are time-ordered uuidv7), a page at a time; the system administrator has no unit, so none. */
@QueryHandler(ListNotificationsQuery)
export class ListNotificationsHandler implements IQueryHandler<ListNotificationsQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ actor, limit, before }: ListNotificationsQuery): Promise<NotificationsPage> {
    if (!actor.unitCode) return { items: [], unread: 0, nextBefore: null };
    const m = this.dataSource.manager;
    const rows: NotificationRow[] = await m.query(
      `${selectNotifications('AND ($3::uuid IS NULL OR n.id < $3)')} ORDER BY n.id DESC LIMIT $4`,
      [actor.unitCode, actor.id, before ?? null, limit + 1],
    );
    const page = rows.slice(0, limit);
    return {
      items: page.map(toNotificationResponse),
      unread: await unreadCount(m, actor.unitCode, actor.id),
      nextBefore: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
    };
  }
}
