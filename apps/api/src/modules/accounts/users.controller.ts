import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { type UserResponse, createUserRequest, updateUserRequest, userIdParam } from '@cchc/contracts';
import type { z } from 'zod';
import { AllowRoles } from '../../common/access/access.decorators.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { CreateUserCommand } from './commands/create-user/create-user.command.js';
import { DeleteUserCommand } from './commands/delete-user/delete-user.command.js';
import { UpdateUserCommand } from './commands/update-user/update-user.command.js';
import { ListUsersQuery } from './queries/list-users/list-users.query.js';

/** Administrators manage the users of their scope: the system administrator all
 * units' users, a province administrator its province's. */
@Controller('users')
@AllowRoles('system_admin', 'province_admin')
export class UsersController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Get()
  list(): Promise<UserResponse[]> {
    return this.queryBus.execute(new ListUsersQuery());
  }

  @Post()
  create(
    @Body(new ZodValidationPipe(createUserRequest)) request: z.infer<typeof createUserRequest>,
  ): Promise<UserResponse> {
    return this.commandBus.execute(new CreateUserCommand(request));
  }

  @Patch(':id')
  update(
    @Param(new ZodValidationPipe(userIdParam)) { id }: z.infer<typeof userIdParam>,
    @Body(new ZodValidationPipe(updateUserRequest)) request: z.infer<typeof updateUserRequest>,
  ): Promise<UserResponse> {
    return this.commandBus.execute(new UpdateUserCommand(id, request));
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Param(new ZodValidationPipe(userIdParam)) { id }: z.infer<typeof userIdParam>): Promise<void> {
    return this.commandBus.execute(new DeleteUserCommand(id));
  }
}
