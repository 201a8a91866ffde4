import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller.js';
import { ChangePasswordHandler } from './commands/change-password/change-password.handler.js';
import { CreateUserHandler } from './commands/create-user/create-user.handler.js';
import { DeleteUserHandler } from './commands/delete-user/delete-user.handler.js';
import { LoginHandler } from './commands/login/login.handler.js';
import { UpdateUserHandler } from './commands/update-user/update-user.handler.js';
import { LoginThrottle } from './infrastructure/login-throttle.js';
import { ListUsersHandler } from './queries/list-users/list-users.handler.js';
import { UsersController } from './users.controller.js';

@Module({
  controllers: [AuthController, UsersController],
  providers: [
    LoginThrottle,
    ChangePasswordHandler,
    LoginHandler,
    CreateUserHandler,
    UpdateUserHandler,
    DeleteUserHandler,
    ListUsersHandler,
  ],
})
export class AccountsModule {}
