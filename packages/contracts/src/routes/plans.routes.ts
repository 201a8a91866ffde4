import { z } from 'zod';
import { type ErrorCode, idParam } from '../common';
import {
  cascadePlanRequest,
  cascadePlanResponse,
  childPlanResponse,
  complianceItem,
  confirmPlanRequest,
  createPlanRequest,
  createTargetRequest,
  createTaskRequest,
  listPlansQuery,
  planResponse,
  planSummaryResponse,
  targetCodeParams,
  targetImpactQuery,
  targetImpactResponse,
  targetResponse,
  taskIdParams,
  taskResponse,
  updatePlanRequest,
  updateTargetRequest,
  updateTaskRequest,
} from '../plans';
import { route } from './route';

/**
 * What a write to an existing plan may answer besides its own refusals: the
 * access guard (404 for a plan the caller may not see, 403 for one it may see
 * but not change), the If-Match check (STALE_VERSION) and the write owner's
 * retries giving up (CONCURRENT_WRITE).
 */
const PLAN_WRITE: readonly ErrorCode[] = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  'STALE_VERSION',
  'CONCURRENT_WRITE',
  // An issued plan is frozen until it is amended (the lifecycle table of @cchc/domain).
  'PLAN_ISSUED',
];

export const plansRoutes = {
  list: route({
    method: 'GET',
    path: '/api/plans',
    summary:
      'Plans of a unit and/or year that the caller may see, a page at a time (Link: <…>; rel="next" names the next page); a unit outside the caller’s view answers 403',
    query: listPlansQuery,
    // FORBIDDEN: ?unit= names a unit whose plans are outside the caller's view.
    errors: ['VALIDATION_FAILED', 'FORBIDDEN'],
  }).output(z.array(planSummaryResponse)),
  create: route({
    method: 'POST',
    path: '/api/plans',
    summary: 'Create a plan (one annual plan per unit and year), as an officer of its unit',
    status: 201,
    body: createPlanRequest,
    errors: ['VALIDATION_FAILED', 'FORBIDDEN', 'PLAN_ALREADY_EXISTS', 'CONCURRENT_WRITE'],
  }).output(planResponse),
  get: route({
    method: 'GET',
    path: '/api/plans/{id}',
    summary:
      'A plan with its targets and tasks by reform area in the standard order; ETag is its version, for If-Match',
    params: idParam,
    errors: ['VALIDATION_FAILED', 'NOT_FOUND'],
  }).output(planResponse),
  update: route({
    method: 'PATCH',
    path: '/api/plans/{id}',
    summary: 'Change the plan header',
    params: idParam,
    body: updatePlanRequest,
    errors: PLAN_WRITE,
  }).output(planResponse),
  addTarget: route({
    method: 'POST',
    path: '/api/plans/{id}/targets',
    summary: "Add a target of the plan's own",
    status: 201,
    params: idParam,
    body: createTargetRequest,
    errors: [...PLAN_WRITE, 'TARGET_CODE_TAKEN', 'TARGET_WEAKER_THAN_PARENT', 'INHERITED_TARGET_LOCKED'],
  }).output(targetResponse),
  updateTarget: route({
    method: 'PATCH',
    path: '/api/plans/{id}/targets/{code}',
    summary: 'Change a target; an inherited one may not become weaker than its floor',
    params: targetCodeParams,
    body: updateTargetRequest,
    errors: [...PLAN_WRITE, 'TARGET_WEAKER_THAN_PARENT', 'INHERITED_TARGET_LOCKED'],
  }).output(targetResponse),
  targetImpact: route({
    method: 'GET',
    path: '/api/plans/{id}/targets/{code}/impact',
    summary:
      'How many plans below would be weaker than the floor a proposed value and level floors of this target set (nothing is written)',
    params: targetCodeParams,
    query: targetImpactQuery,
    errors: ['VALIDATION_FAILED', 'NOT_FOUND', 'FORBIDDEN'],
  }).output(targetImpactResponse),
  deleteTarget: route({
    method: 'DELETE',
    path: '/api/plans/{id}/targets/{code}',
    summary: "Delete a target of the plan's own (an inherited one cannot be deleted)",
    status: 204,
    params: targetCodeParams,
    errors: [...PLAN_WRITE, 'TARGET_WEAKER_THAN_PARENT'],
  }).output(z.void()),
  addTask: route({
    method: 'POST',
    path: '/api/plans/{id}/tasks',
    summary: 'Add a task',
    status: 201,
    params: idParam,
    body: createTaskRequest,
    errors: PLAN_WRITE,
  }).output(taskResponse),
  updateTask: route({
    method: 'PATCH',
    path: '/api/plans/{id}/tasks/{taskId}',
    summary:
      'Change a task; one assigned by the plan above keeps its title, area and cascade, and its deadline may only move earlier',
    params: taskIdParams,
    body: updateTaskRequest,
    errors: [...PLAN_WRITE, 'TASK_MANDATED', 'TASK_DUE_LATER_THAN_PARENT'],
  }).output(taskResponse),
  deleteTask: route({
    method: 'DELETE',
    path: '/api/plans/{id}/tasks/{taskId}',
    summary: "Delete a task of the plan's own (one assigned by the plan above cannot be deleted)",
    status: 204,
    params: taskIdParams,
    errors: [...PLAN_WRITE, 'TASK_MANDATED'],
  }).output(z.void()),
  cascade: route({
    method: 'POST',
    path: '/api/plans/{id}/cascade',
    summary:
      'Derive the plans of all (or the listed) direct child units; idempotent. With dryRun, the same counts and nothing written',
    params: idParam,
    body: cascadePlanRequest,
    errors: [...PLAN_WRITE, 'NOT_A_CHILD_UNIT', 'PLAN_NOT_ISSUED'],
  }).output(cascadePlanResponse),
  confirm: route({
    method: 'POST',
    path: '/api/plans/{id}/confirm',
    summary: 'Confirm a derived plan, optionally raising targets',
    params: idParam,
    body: confirmPlanRequest,
    errors: [
      ...PLAN_WRITE,
      'PLAN_NOT_DERIVED',
      // A plan being amended is not confirmed (the lifecycle table).
      'PLAN_STATUS_CONFLICT',
      'TARGET_WEAKER_THAN_PARENT',
      'INHERITED_TARGET_LOCKED',
    ],
  }).output(planResponse),
  children: route({
    method: 'GET',
    path: '/api/plans/{id}/children',
    summary:
      "The plans derived directly from this one, with status and compliance (problems counted over each one's whole subtree)",
    params: idParam,
    errors: ['VALIDATION_FAILED', 'NOT_FOUND', 'FORBIDDEN'],
  }).output(z.array(childPlanResponse)),
  compliance: route({
    method: 'GET',
    path: '/api/plans/{id}/compliance',
    summary: "Every target in the plan's subtree weaker than its floor, or missing",
    params: idParam,
    errors: ['VALIDATION_FAILED', 'NOT_FOUND', 'FORBIDDEN'],
  }).output(z.array(complianceItem)),
};
