import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { DomainError } from '../../../../common/domain-error.js';
import { currentActor } from '../../../../common/request-context.js';
import { managedUser } from '../update-user/update-user.handler.js';
import { DeleteUserCommand } from './delete-user.command.js';

/** Deleted users are kept (the audit trail names them) but can never sign in again. */
@CommandHandler(DeleteUserCommand)
export class DeleteUserHandler implements ICommandHandler<DeleteUserCommand> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ userId }: DeleteUserCommand): Promise<void> {
    const actor = currentActor();
    if (!actor) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
    if (actor.id === userId) throw new DomainError('FORBIDDEN', 'You cannot delete yourself');
    await this.dataSource.transaction(async (m) => {
      await managedUser(m, actor, userId);
      await m.query('UPDATE users SET deleted_at = now(), updated_at = now() WHERE id = $1', [userId]);
      await m.query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [
        userId,
      ]);
    });
  }
}
