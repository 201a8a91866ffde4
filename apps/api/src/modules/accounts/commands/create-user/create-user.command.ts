import { Command } from '@nestjs/cqrs';
import type { CreateUserRequest, UserResponse } from '@cchc/contracts';

export class CreateUserCommand extends Command<UserResponse> {
  constructor(readonly request: CreateUserRequest) {
    super();
  }
}
