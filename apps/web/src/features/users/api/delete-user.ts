import { apiRoutes, type UserResponse } from '@cchc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** DELETE /api/users/:id — the account never signs in again (it stays named in plans' history). */
export const deleteUser = (id: string) => callApi(apiRoutes.users.remove, { params: { id } });

export function useDeleteUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteUser(id),
    onSuccess: () => {
      queryClient.setQueryData<UserResponse[]>(queryKeys.users.list(), (list) =>
        list?.filter((u) => u.id !== id),
      );
      return queryClient.invalidateQueries({ queryKey: queryKeys.users.all() });
    },
  });
}
