import { apiRoutes, type UpdateUserRequest, type UserResponse } from '@cchc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** PATCH /api/users/:id — role, lock, or a new password (a lock or a new password ends its sessions). */
export const updateUser = (id: string, request: UpdateUserRequest) =>
  callApi(apiRoutes.users.update, { params: { id }, body: request });

export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateUserRequest) => updateUser(id, request),
    onSuccess: (user) => {
      queryClient.setQueryData<UserResponse[]>(queryKeys.users.list(), (list) =>
        list?.map((u) => (u.id === user.id ? user : u)),
      );
      return queryClient.invalidateQueries({ queryKey: queryKeys.users.all() });
    },
  });
}
