import { apiRoutes, type ChangePasswordRequest } from '@cchc/contracts';
import { useMutation } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** POST /api/auth/password — one's own password; the API ends the other sessions. */
export const changePassword = (request: ChangePasswordRequest) =>
  callApi(apiRoutes.auth.changePassword, { body: request });

export const useChangePassword = () => useMutation({ mutationFn: changePassword });
