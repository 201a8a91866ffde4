import { Query } from '@nestjs/cqrs';
import type { UserResponse } from '@cchc/contracts';

/** The users the caller manages. */
export class ListUsersQuery extends Query<UserResponse[]> {}
