import { Command } from '@nestjs/cqrs';
import type { LoginRequest, LoginResponse } from '@cchc/contracts';

export class LoginCommand extends Command<LoginResponse> {
  constructor(
    readonly request: LoginRequest,
    /** The caller's address, for the per-address attempt limit. */
    readonly address: string,
  ) {
    super();
  }
}
