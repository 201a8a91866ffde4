import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { UserResponse } from '@cchc/contracts';
import argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { DomainError } from '../../../../common/domain-error.js';
import { currentActor } from '../../../../common/request-context.js';
import { assertMayAssign } from '../../infrastructure/user-scope.js';
import { findUser, toUserResponse } from '../../infrastructure/user-rows.js';
import { CreateUserCommand } from './create-user.command.js';

@CommandHandler(CreateUserCommand)
export class CreateUserHandler implements ICommandHandler<CreateUserCommand> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ request }: CreateUserCommand): Promise<UserResponse> {
    const actor = currentActor();
    if (!actor) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
    return this.dataSource.transaction(async (m) => {
      const provinceCode = await assertMayAssign(m, actor, request.role, request.unitCode);
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`user:${request.username.toLowerCase()}`]);
      const [taken] = await m.query(
        'SELECT 1 FROM users WHERE lower(username) = lower($1) AND deleted_at IS NULL',
        [request.username],
      );
      if (taken) throw new DomainError('USERNAME_TAKEN', `The user name ${request.username} is taken`);
      const hash = await argon2.hash(request.password, { type: argon2.argon2id });
      const [row] = await m.query(
        `INSERT INTO users (username, password_hash, role, unit_code, province_code)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [request.username, hash, request.role, request.unitCode, provinceCode],
      );
      return toUserResponse(await findUser(m, row.id));
    });
  }
}
