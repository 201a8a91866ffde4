import { Query } from '@nestjs/cqrs';
import type { NotificationsPage } from '@cchc/contracts';
import type { Actor } from '../../../../common/request-context.js';

export class ListNotificationsQuery extends Query<NotificationsPage> {
  constructor(
    readonly actor: Actor,
    readonly limit: number,
    readonly before: string | undefined,
  ) {
    super();
  }
}
