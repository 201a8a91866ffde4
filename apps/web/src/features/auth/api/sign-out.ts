import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { markSessionEnded } from '../../../lib/session';

/** POST /api/auth/logout — ends the session and clears its cookie. */
export const signOut = () => apiRequest<void>('/auth/logout', { method: 'POST' });

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    // Signed out on screen even if the server could not be told: the session then simply expires.
    onSettled: () => markSessionEnded(queryClient, 'signedOut'),
  });
}
