import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { LoginResponse } from '@cchc/contracts';
import argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { DomainError } from '../../../../common/domain-error.js';
import { LoginThrottle } from '../../infrastructure/login-throttle.js';
import { openSession } from '../../infrastructure/sessions.js';
import { USER_SELECT, type UserRow, toUserResponse } from '../../infrastructure/user-rows.js';
import { LoginCommand } from './login.command.js';

/** Hashed once at start: checked against when the user name is unknown, so an
 * unknown name takes as long to refuse as a wrong password. */
export const DECOY_HASH = argon2.hash('no such user, no such password', { type: argon2.argon2id });

@CommandHandler(LoginCommand)
export class LoginHandler implements ICommandHandler<LoginCommand> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottle,
  ) {}

  async execute({ request, address }: LoginCommand): Promise<LoginResponse> {
    const wait = await this.throttle.retryAfter(request.username, address);
    if (wait > 0) {
      throw new DomainError('TOO_MANY_ATTEMPTS', `Too many failed sign-ins; try again in ${wait} s`, {
        retryAfterSeconds: wait,
      });
    }
    const [user]: UserRow[] = await this.dataSource.query(
      `${USER_SELECT} WHERE lower(u.username) = lower($1) AND u.deleted_at IS NULL`,
      [request.username],
    );
    const valid = await argon2.verify(user?.password_hash ?? (await DECOY_HASH), request.password);
    if (!user || !valid) {
      await this.throttle.fail(request.username, address);
      throw new DomainError('UNAUTHENTICATED', 'Wrong user name or password');
    }
    if (user.locked)
      throw new DomainError('ACCOUNT_LOCKED', 'This account is locked; ask your administrator');
    await this.throttle.succeed(request.username);
    const session = await openSession(this.dataSource.manager, user.id);
    return {
      accessToken: session.token,
      expiresAt: session.expiresAt.toISOString(),
      user: toUserResponse(user),
    };
  }
}
