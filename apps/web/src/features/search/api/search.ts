import { apiRoutes } from '@cchc/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** How many results a search shows; more asks for more words. */
export const SEARCH_LIMIT = 50;

/** GET /api/search?q= — plans, targets and tasks the user may see whose text contains q. */
export const searchPlans = (q: string, signal?: AbortSignal) =>
  callApi(apiRoutes.search.search, { query: { q, limit: SEARCH_LIMIT } }, { signal });

export const searchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: queryKeys.search.results(q, SEARCH_LIMIT),
    queryFn: ({ signal }) => searchPlans(q, signal),
  });

export const useSearch = (q: string | null) =>
  useQuery({ ...searchQueryOptions(q ?? ''), enabled: Boolean(q), placeholderData: keepPreviousData });
