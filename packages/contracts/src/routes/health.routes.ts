import { healthResponse } from '../common';
import { route } from './route';

export const healthRoutes = {
  health: route({
    method: 'GET',
    path: '/api/health',
    summary:
      'Whether the API and its database are up: 200, or 503 with the same body when the database is down',
    public: true,
    degradedStatus: 503,
    errors: [],
  }).output(healthResponse),
};
