import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { DomainError, ValidationFailedError } from '../../../../common/domain-error.js';
import { currentActor } from '../../../../common/request-context.js';
import { LoginThrottle } from '../../infrastructure/login-throttle.js';
import { hashToken } from '../../infrastructure/sessions.js';
import { ChangePasswordCommand } from './change-password.command.js';

/**
 * A user changes its own password (the system administrator too: its first
 * one was generated). The current password must be right, and wrong guesses
 * are slowed down like failed sign-ins, so a session left open on a shared
 * computer is not a way to take the account over. Every other session of the
 * user ends; the one that made the change stays.
 */
@CommandHandler(ChangePasswordCommand)
export class ChangePasswordHandler implements ICommandHandler<ChangePasswordCommand> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottle,
  ) {}

  async execute({ request, sessionToken, address }: ChangePasswordCommand): Promise<void> {
    const actor = currentActor();
    if (!actor) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
    const wait = await this.throttle.retryAfter(actor.username, address);
    if (wait > 0) {
      throw new DomainError('TOO_MANY_ATTEMPTS', `Too many wrong passwords; try again in ${wait} s`, {
        retryAfterSeconds: wait,
      });
    }
    const [user]: { password_hash: string }[] = await this.dataSource.query(
      'SELECT password_hash FROM users WHERE id = $1 AND deleted_at IS NULL',
      [actor.id],
    );
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
    if (!(await argon2.verify(user.password_hash, request.currentPassword))) {
      await this.throttle.fail(actor.username, address);
      throw new ValidationFailedError([
        { field: 'currentPassword', message: 'is not your current password' },
      ]);
    }
    const hash = await argon2.hash(request.newPassword, { type: argon2.argon2id });
    await this.dataSource.transaction(async (m) => {
      await m.query('UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1', [
        actor.id,
        hash,
      ]);
      await m.query(
        `UPDATE sessions SET revoked_at = now()
         WHERE user_id = $1 AND revoked_at IS NULL AND token_hash <> $2`,
        [actor.id, hashToken(sessionToken)],
      );
    });
  }
}
