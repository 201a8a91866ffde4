import { Command } from '@nestjs/cqrs';
import type { NotificationResponse } from '@cchc/contracts';
import type { Actor } from '../../../../common/request-context.js';

/** Marks one notification of the actor's unit read, for the actor alone. */
export class MarkReadCommand extends Command<NotificationResponse> {
  constructor(
    readonly actor: Actor,
    readonly notificationId: string,
  ) {
    super();
  }
}

/** Marks every notification of the actor's unit read, for the actor alone. */
export class MarkAllReadCommand extends Command<{ marked: number; unread: number }> {
  constructor(readonly actor: Actor) {
    super();
  }
}
