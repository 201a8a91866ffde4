import { z } from 'zod';
import { type ErrorCode, idParam } from '../common';
import {
  amendPlanRequest,
  planDiffQuery,
  planDiffResponse,
  planVersionParams,
  planVersionResponse,
  planVersionSummary,
} from '../plan-lifecycle';
import { issuePlanRequest, planResponse } from '../plans';
import { route } from './route';

/** As PLAN_WRITE in plans.routes: the access guard, If-Match and the write owner's retries. */
const LIFECYCLE_WRITE: readonly ErrorCode[] = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  'STALE_VERSION',
  'CONCURRENT_WRITE',
];
const READ: readonly ErrorCode[] = ['VALIDATION_FAILED', 'NOT_FOUND'];

/** A plan as a legal document: issued, amended, its versions read back and compared. */
export const planLifecycleRoutes = {
  issue: route({
    method: 'POST',
    path: '/api/plans/{id}/issue',
    summary:
      'Issue the plan (ban hành) under a number, date and signature; it is frozen afterwards. A derived plan is confirmed first, and every inherited target meets its floor',
    params: idParam,
    body: issuePlanRequest,
    errors: [
      ...LIFECYCLE_WRITE,
      'PLAN_ISSUED',
      'PLAN_NOT_CONFIRMED',
      'PLAN_STATUS_CONFLICT',
      'TARGET_WEAKER_THAN_PARENT',
    ],
  }).output(planResponse),
  amend: route({
    method: 'POST',
    path: '/api/plans/{id}/amendments',
    summary:
      'Reopen an issued plan as the draft of its next version (sửa đổi, bổ sung), for a stated reason; the issued version stays readable',
    status: 201,
    params: idParam,
    body: amendPlanRequest,
    errors: [...LIFECYCLE_WRITE, 'PLAN_NOT_ISSUED', 'PLAN_STATUS_CONFLICT'],
  }).output(planResponse),
  versions: route({
    method: 'GET',
    path: '/api/plans/{id}/versions',
    summary: 'Every issued version of the plan, numbered from 1',
    params: idParam,
    errors: READ,
  }).output(z.array(planVersionSummary)),
  version: route({
    method: 'GET',
    path: '/api/plans/{id}/versions/{n}',
    summary: 'An issued version exactly as it was issued, in the shape of GET /api/plans/{id}',
    params: planVersionParams,
    errors: READ,
  }).output(planVersionResponse),
  diff: route({
    method: 'GET',
    path: '/api/plans/{id}/diff',
    summary: 'What changed from one issued version to another (to=current: the working copy)',
    params: idParam,
    query: planDiffQuery,
    errors: READ,
  }).output(planDiffResponse),
  nextYear: route({
    method: 'POST',
    path: '/api/plans/{id}/next-year',
    summary:
      "Start the unit's plan for the following year from this one: a draft with its targets (as its own) and tasks (due one year later), citing this plan",
    status: 201,
    params: idParam,
    errors: ['VALIDATION_FAILED', 'NOT_FOUND', 'FORBIDDEN', 'PLAN_ALREADY_EXISTS', 'CONCURRENT_WRITE'],
  }).output(planResponse),
};
