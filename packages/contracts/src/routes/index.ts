import { auditRoutes } from './audit.routes';
import { authRoutes } from './auth.routes';
import { documentsRoutes } from './documents.routes';
import { healthRoutes } from './health.routes';
import { notificationsRoutes } from './notifications.routes';
import { planLifecycleRoutes } from './plan-lifecycle.routes';
import { plansRoutes } from './plans.routes';
import { reportsRoutes } from './reports.routes';
import { searchRoutes } from './search.routes';
import { unitsRoutes } from './units.routes';
import { usersRoutes } from './users.routes';

export * from './route';
export * from './audit.routes';
export * from './auth.routes';
export * from './documents.routes';
export * from './health.routes';
export * from './notifications.routes';
export * from './plans.routes';
export * from './plan-lifecycle.routes';
export * from './reports.routes';
export * from './search.routes';
export * from './units.routes';
export * from './users.routes';

/** Every route of the API, by module: the API implements them, the OpenAPI document and the web client read them. */
export const apiRoutes = {
  health: healthRoutes,
  units: unitsRoutes,
  plans: plansRoutes,
  planLifecycle: planLifecycleRoutes,
  documents: documentsRoutes,
  reports: reportsRoutes,
  audit: auditRoutes,
  auth: authRoutes,
  users: usersRoutes,
  search: searchRoutes,
  notifications: notificationsRoutes,
};
