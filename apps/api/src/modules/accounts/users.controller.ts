import { Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { usersRoutes as routes } from '@cchc/contracts';
import { AllowRoles } from '../../common/access/access.decorators.js';
import { Input, Route, type RouteInput } from '../../common/route.js';
import { CreateUserCommand } from './commands/create-user/create-user.command.js';
import { DeleteUserCommand } from './commands/delete-user/delete-user.command.js';
import { UpdateUserCommand } from './commands/update-user/update-user.command.js';
import { ListUsersQuery } from './queries/list-users/list-users.query.js';

/** Administrators manage the users of their scope: the system administrator all
 * units' users, a province administrator its province's. */
@Controller()
@AllowRoles('system_admin', 'province_admin')
export class UsersController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Route(routes.list)
  list() {
    return this.queryBus.execute(new ListUsersQuery());
  }

  @Route(routes.create)
  create(@Input(routes.create) { body }: RouteInput<typeof routes.create>) {
    return this.commandBus.execute(new CreateUserCommand(body));
  }

  @Route(routes.update)
  update(@Input(routes.update) { params, body }: RouteInput<typeof routes.update>) {
    return this.commandBus.execute(new UpdateUserCommand(params.id, body));
  }

  @Route(routes.remove)
  remove(@Input(routes.remove) { params }: RouteInput<typeof routes.remove>) {
    return this.commandBus.execute(new DeleteUserCommand(params.id));
  }
}
