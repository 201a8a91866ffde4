import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { UserResponse } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { DomainError } from '../../../../common/domain-error.js';
import { currentActor } from '../../../../common/request-context.js';
import { MANAGED_USERS_SQL, managedRoot } from '../../infrastructure/user-scope.js';
import { USER_SELECT, type UserRow, toUserResponse } from '../../infrastructure/user-rows.js';
import { ListUsersQuery } from './list-users.query.js';

@QueryHandler(ListUsersQuery)
export class ListUsersHandler implements IQueryHandler<ListUsersQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute(): Promise<UserResponse[]> {
    const actor = currentActor();
    if (!actor) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
    const rows: UserRow[] = await this.dataSource.query(
      `${USER_SELECT} WHERE u.deleted_at IS NULL AND (u.id = $2 OR (${MANAGED_USERS_SQL})) ORDER BY u.unit_code NULLS FIRST, u.username`,
      [managedRoot(actor), actor.id],
    );
    return rows.map(toUserResponse);
  }
}
