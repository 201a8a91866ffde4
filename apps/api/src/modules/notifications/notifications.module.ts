import { Module } from '@nestjs/common';
import { MarkAllReadHandler, MarkReadHandler } from './commands/mark-read/mark-read.handler.js';
import { NotificationsController } from './notifications.controller.js';
import { GetInboxHandler } from './queries/get-inbox/get-inbox.handler.js';
import { ListNotificationsHandler } from './queries/list-notifications/list-notifications.handler.js';

/** A unit's notifications (written by the plan writer, `infrastructure/record-notifications.ts`) and its inbox. */
@Module({
  controllers: [NotificationsController],
  providers: [ListNotificationsHandler, MarkReadHandler, MarkAllReadHandler, GetInboxHandler],
})
export class NotificationsModule {}
