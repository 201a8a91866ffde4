import { apiRoutes } from '@cchc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { markSessionEnded } from '../../../lib/session';

/** POST /api/auth/logout — ends the session and clears its cookie. */
export const signOut = () => callApi(apiRoutes.auth.logout);

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    // Signed out on screen even if the server could not be told: the session then simply expires.
    onSettled: () => markSessionEnded(queryClient, 'signedOut'),
  });
}
