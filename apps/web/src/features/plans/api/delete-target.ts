import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** DELETE /api/plans/:id/targets/:code — only a target of the plan's own. */
export const deleteTarget = (planId: string, code: string) =>
  apiRequest<void>(`/plans/${planId}/targets/${encodeURIComponent(code)}`, { method: 'DELETE' });

export function useDeleteTarget(planId: string, code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteTarget(planId, code),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.plans.detail(planId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.plans.children() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.plans.compliance() }),
      ]),
  });
}
