import { Command } from '@nestjs/cqrs';
import type { UpdateUserRequest, UserResponse } from '@cchc/contracts';

export class UpdateUserCommand extends Command<UserResponse> {
  constructor(
    readonly userId: string,
    readonly request: UpdateUserRequest,
  ) {
    super();
  }
}
