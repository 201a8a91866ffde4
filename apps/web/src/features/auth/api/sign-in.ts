import { apiRoutes, type LoginRequest } from '@cchc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { SIGN_IN_META } from '../../../lib/query-client';
import { queryKeys } from '../../../lib/query-keys';
import type { SessionState } from '../../../lib/session';

/** POST /api/auth/login — the API sets the session cookie; the token in the answer is not kept. */
export const signIn = (request: LoginRequest) => callApi(apiRoutes.auth.login, { body: request });

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    // Its 401 is a wrong password, not an ended session.
    meta: SIGN_IN_META,
    // The sign-in screen already forgot what was read before (forgetUserData, on showing).
    onSuccess: ({ user }) => queryClient.setQueryData<SessionState>(queryKeys.auth.session(), { user }),
  });
}
