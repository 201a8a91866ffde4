import { authRoutes } from './auth.routes';
import { unitsRoutes } from './units.routes';

export * from './route';
export * from './auth.routes';
export * from './units.routes';

/** Every route defined here, by module: the API implements them, the OpenAPI document and the web client read them. */
export const apiRoutes = { units: unitsRoutes, auth: authRoutes };
