import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller.js';
import { CreateUserHandler } from './commands/create-user/create-user.handler.js';
import { DeleteUserHandler } from './commands/delete-user/delete-user.handler.js';
import { LoginHandler } from './commands/login/login.handler.js';
import { UpdateUserHandler } from './commands/update-user/update-user.handler.js';
import { LoginAttempts } from './infrastructure/login-attempts.js';
import { ListUsersHandler } from './queries/list-users/list-users.handler.js';
import { UsersController } from './users.controller.js';

@Module({
  controllers: [AuthController, UsersController],
  providers: [
    { provide: LoginAttempts, useValue: new LoginAttempts() },
    LoginHandler,
    CreateUserHandler,
    UpdateUserHandler,
    DeleteUserHandler,
    ListUsersHandler,
  ],
})
export class AccountsModule {}
