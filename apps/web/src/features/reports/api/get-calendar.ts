import { apiRoutes } from '@cchc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/plans/:id/calendar — the plan's reporting periods (inherited first, then its own). */
export const getCalendar = (planId: string, signal?: AbortSignal) =>
  callApi(apiRoutes.reports.calendar, { params: { id: planId } }, { signal });

export const calendarQueryOptions = (planId: string) =>
  queryOptions({
    queryKey: queryKeys.reports.calendar(planId),
    queryFn: ({ signal }) => getCalendar(planId, signal),
  });

export const useCalendar = (planId: string) => useQuery(calendarQueryOptions(planId));
