import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { NotificationResponse } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../../../common/domain-error.js';
import {
  type NotificationRow,
  selectNotifications,
  toNotificationResponse,
} from '../../infrastructure/notification-rows.js';
import { MarkAllReadCommand, MarkReadCommand } from './mark-read.command.js';

/** Another unit's notification answers as an unknown one: 404, no hint that it exists. */
@CommandHandler(MarkReadCommand)
export class MarkReadHandler implements ICommandHandler<MarkReadCommand> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ actor, notificationId }: MarkReadCommand): Promise<NotificationResponse> {
    const m = this.dataSource.manager;
    await m.query(
      `INSERT INTO notification_reads (notification_id, user_id)
       SELECT n.id, $2 FROM notifications n WHERE n.id = $3 AND n.unit_code = $1
       ON CONFLICT DO NOTHING`,
      [actor.unitCode, actor.id, notificationId],
    );
    const [row]: NotificationRow[] = await m.query(selectNotifications('AND n.id = $3'), [
      actor.unitCode,
      actor.id,
      notificationId,
    ]);
    if (!row) throw new NotFoundError(`Notification ${notificationId}`);
    return toNotificationResponse(row);
  }
}

@CommandHandler(MarkAllReadCommand)
export class MarkAllReadHandler implements ICommandHandler<MarkAllReadCommand> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ actor }: MarkAllReadCommand): Promise<{ marked: number; unread: number }> {
    if (!actor.unitCode) return { marked: 0, unread: 0 };
    const [{ marked }] = await this.dataSource.query(
      `WITH marked AS (
         INSERT INTO notification_reads (notification_id, user_id)
         SELECT n.id, $2 FROM notifications n WHERE n.unit_code = $1
         ON CONFLICT DO NOTHING
         RETURNING 1)
       SELECT count(*)::int AS marked FROM marked`,
      [actor.unitCode, actor.id],
    );
    return { marked, unread: 0 };
  }
}
