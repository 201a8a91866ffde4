import type { ChangePasswordRequest } from '@cchc/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** POST /api/auth/password — one's own password; the API ends the other sessions. */
export const changePassword = (request: ChangePasswordRequest) =>
  apiRequest<void>('/auth/password', { method: 'POST', body: request });

export const useChangePassword = () => useMutation({ mutationFn: changePassword });
