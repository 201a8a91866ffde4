import { z } from 'zod';
import { idParam } from '../common';
import { planHistoryEntry } from '../plan-history';
import { route } from './route';

/** Read-only: no route edits or deletes the audit log. */
export const auditRoutes = {
  history: route({
    method: 'GET',
    path: '/api/plans/{id}/history',
    summary: 'The audit trail of the plan: who changed what, when, before and after (read-only)',
    params: idParam,
    errors: ['VALIDATION_FAILED', 'NOT_FOUND'],
  }).output(z.array(planHistoryEntry)),
};
