import { Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { notificationsRoutes as routes } from '@cchc/contracts';
import { DomainError } from '../../common/domain-error.js';
import { type Actor, currentActor } from '../../common/request-context.js';
import { Input, Route, type RouteInput } from '../../common/route.js';
import { MarkAllReadCommand, MarkReadCommand } from './commands/mark-read/mark-read.command.js';
import { GetInboxQuery } from './queries/get-inbox/get-inbox.query.js';
import { ListNotificationsQuery } from './queries/list-notifications/list-notifications.query.js';

/** The access guard lets only a signed-in user here: each route reads the caller's own unit. */
function caller(): Actor {
  const actor = currentActor();
  if (!actor) throw new DomainError('UNAUTHENTICATED', 'Sign in first: this needs a session');
  return actor;
}

@Controller()
export class NotificationsController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly commandBus: CommandBus,
  ) {}

  @Route(routes.list)
  list(@Input(routes.list) { query }: RouteInput<typeof routes.list>) {
    return this.queryBus.execute(new ListNotificationsQuery(caller(), query.limit, query.before));
  }

  // Declared before `:id/read`, though the paths cannot clash: read-all is not a uuid.
  @Route(routes.readAll)
  readAll() {
    return this.commandBus.execute(new MarkAllReadCommand(caller()));
  }

  @Route(routes.read)
  read(@Input(routes.read) { params }: RouteInput<typeof routes.read>) {
    return this.commandBus.execute(new MarkReadCommand(caller(), params.id));
  }

  @Route(routes.inbox)
  inbox() {
    return this.queryBus.execute(new GetInboxQuery(caller()));
  }
}
