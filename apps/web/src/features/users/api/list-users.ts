import { apiRoutes } from '@cchc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/users — the users an administrator manages (and the administrator). */
export const listUsers = (signal?: AbortSignal) => callApi(apiRoutes.users.list, {}, { signal });

export const usersQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.users.list(), queryFn: ({ signal }) => listUsers(signal) });

export const useUsers = (enabled: boolean) => useQuery({ ...usersQueryOptions(), enabled });
