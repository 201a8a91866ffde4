import { z } from 'zod';
import { changePasswordRequest, loginRequest, loginResponse, userResponse } from '../accounts';
import { route } from './route';

export const authRoutes = {
  login: route({
    method: 'POST',
    path: '/api/auth/login',
    summary:
      'Sign in: {accessToken, user}, and an httpOnly session cookie for the web app; repeated failures slow down (429, Retry-After)',
    body: loginRequest,
    public: true,
    errors: ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'ACCOUNT_LOCKED', 'TOO_MANY_ATTEMPTS'],
  }).output(loginResponse),
  logout: route({
    method: 'POST',
    path: '/api/auth/logout',
    summary: 'End the session (token or cookie)',
    status: 204,
    public: true,
    errors: [],
  }).output(z.void()),
  changePassword: route({
    method: 'POST',
    path: '/api/auth/password',
    summary: 'Change one’s own password with the current one; the other sessions end',
    status: 204,
    body: changePasswordRequest,
    errors: ['VALIDATION_FAILED', 'TOO_MANY_ATTEMPTS'],
  }).output(z.void()),
  me: route({
    method: 'GET',
    path: '/api/auth/me',
    summary: 'The signed-in user and its unit',
    errors: [],
  }).output(userResponse),
};
