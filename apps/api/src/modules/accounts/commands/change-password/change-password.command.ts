import { Command } from '@nestjs/cqrs';
import type { ChangePasswordRequest } from '@cchc/contracts';

export class ChangePasswordCommand extends Command<void> {
  constructor(
    readonly request: ChangePasswordRequest,
    /** The session the request came with: it stays open, every other one ends. */
    readonly sessionToken: string,
    /** The caller's address: a wrong current password counts as a failed sign-in. */
    readonly address: string,
  ) {
    super();
  }
}
