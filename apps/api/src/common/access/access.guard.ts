import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { idParam } from '@cchc/contracts';
import { type Role, mayWritePlan } from '@cchc/domain';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { DomainError, NotFoundError } from '../domain-error.js';
import { currentActor } from '../request-context.js';
import { PLAN_ACCESS, PUBLIC_ROUTE, type PlanAccessMode, ROLES_ALLOWED } from './access.decorators.js';
import { planVisibility } from './plan-access.js';

/**
 * The one place rights are decided, before any handler runs: a session for
 * every route but the public ones (401), the roles a route allows (403), and a
 * plan route's scope: 404 for a plan outside what the caller may see (no hint
 * that it exists), 403 for one it may see but not change.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const actor = currentActor();
    if (!actor) throw new DomainError('UNAUTHENTICATED', 'Sign in first: this needs a session');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_ALLOWED, targets);
    if (roles && !roles.includes(actor.role)) {
      throw new DomainError('FORBIDDEN', `This needs the role ${roles.join(' or ')}`);
    }
    const mode = this.reflector.getAllAndOverride<PlanAccessMode | undefined>(PLAN_ACCESS, targets);
    if (!mode) return true;
    const req = context.switchToHttp().getRequest<Request>();
    const m = this.dataSource.manager;
    if (mode === 'create') {
      const unitCode = (req.body as { unitCode?: unknown } | undefined)?.unitCode;
      // A missing or unknown unit is bad input: the contract and the handler name the field (400).
      if (typeof unitCode !== 'string') return true;
      const [unit] = await m.query('SELECT 1 FROM units WHERE code = $1', [unitCode]);
      if (!unit) return true;
      if (!mayWritePlan(actor, unitCode)) {
        throw new DomainError('FORBIDDEN', `Only officers of unit ${unitCode} write its plans`);
      }
      return true;
    }
    // Only a well-formed id reaches the database; a malformed one the route's contract answers (400).
    const params = idParam.safeParse(req.params);
    if (!params.success) return true;
    const { id } = params.data;
    const [plan] = await m.query('SELECT id, unit_code FROM plans WHERE id = $1', [id]);
    // Unknown and hidden plans answer alike, before the body is looked at: no way to tell them apart.
    if (!plan) throw new NotFoundError(`Plan ${id}`);
    const seen = await planVisibility(m, actor, plan);
    if (seen === 'none') throw new NotFoundError(`Plan ${id}`);
    if (mode === 'subtree' && seen !== 'subtree') {
      throw new DomainError('FORBIDDEN', 'This lists plans below a unit outside yours');
    }
    if (mode === 'write' && !mayWritePlan(actor, plan.unit_code)) {
      throw new DomainError('FORBIDDEN', `Only officers of unit ${plan.unit_code} change this plan`);
    }
    return true;
  }
}
