import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { UserResponse } from '@cchc/contracts';
import argon2 from 'argon2';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, NotFoundError } from '../../../../common/domain-error.js';
import { type Actor, currentActor } from '../../../../common/request-context.js';
import { MANAGED_USERS_SQL, assertMayAssign, managedRoot } from '../../infrastructure/user-scope.js';
import { findUser, toUserResponse } from '../../infrastructure/user-rows.js';
import { UpdateUserCommand } from './update-user.command.js';
import { mayManageRole } from '@cchc/domain';

/**
 * The user, if `actor` manages it; else 404, as if it did not exist. A
 * province administrator sees its fellow administrators but does not manage
 * them (403): only the system administrator does, so that one cannot lock,
 * demote or delete the other and keep the province to itself.
 */
export async function managedUser(m: EntityManager, actor: Actor, userId: string) {
  const [row] = await m.query(
    `SELECT u.id FROM users u WHERE u.id = $2 AND u.deleted_at IS NULL AND ${MANAGED_USERS_SQL}`,
    [managedRoot(actor), userId],
  );
  if (!row) throw new NotFoundError(`User ${userId}`);
  const user = await findUser(m, userId);
  if (!mayManageRole(actor.role, user.role) && userId !== actor.id) {
    throw new DomainError(
      'FORBIDDEN',
      `Only the system administrator manages a ${user.role}; ask it to change ${user.username}`,
    );
  }
  return user;
}

@CommandHandler(UpdateUserCommand)
export class UpdateUserHandler implements ICommandHandler<UpdateUserCommand> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ userId, request }: UpdateUserCommand): Promise<UserResponse> {
    const actor = currentActor();
    if (!actor) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
    return this.dataSource.transaction(async (m) => {
      const user = await managedUser(m, actor, userId);
      // An administrator who locks or demotes itself leaves its users unmanaged.
      if (userId === actor.id && (request.locked || (request.role && request.role !== user.role))) {
        throw new DomainError('FORBIDDEN', 'You cannot lock yourself or change your own role');
      }
      if (request.role && request.role !== user.role)
        await assertMayAssign(m, actor, request.role, user.unit_code);
      const hash = request.password ? await argon2.hash(request.password, { type: argon2.argon2id }) : null;
      await m.query(
        `UPDATE users SET role = coalesce($2, role), locked = coalesce($3, locked),
           password_hash = coalesce($4, password_hash), updated_at = now() WHERE id = $1`,
        [userId, request.role ?? null, request.locked ?? null, hash],
      );
      // A new password or a lock ends every open session of the user.
      if (hash || request.locked) {
        await m.query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [
          userId,
        ]);
      }
      return toUserResponse(await findUser(m, userId));
    });
  }
}
