import { z } from 'zod';
import { createUserRequest, updateUserRequest, userIdParam, userResponse } from '../accounts';
import { route } from './route';

/** Administrators only (the system administrator, a province administrator): others answer 403. */
export const usersRoutes = {
  list: route({
    method: 'GET',
    path: '/api/users',
    summary: 'The users an administrator manages',
    errors: ['FORBIDDEN'],
  }).output(z.array(userResponse)),
  create: route({
    method: 'POST',
    path: '/api/users',
    summary: "Create a user within the administrator's scope",
    status: 201,
    body: createUserRequest,
    errors: ['VALIDATION_FAILED', 'FORBIDDEN', 'USERNAME_TAKEN'],
  }).output(userResponse),
  update: route({
    method: 'PATCH',
    path: '/api/users/{id}',
    summary: "Change a user's role, lock or password (a lock or a new password ends its sessions)",
    params: userIdParam,
    body: updateUserRequest,
    errors: ['VALIDATION_FAILED', 'FORBIDDEN', 'NOT_FOUND'],
  }).output(userResponse),
  remove: route({
    method: 'DELETE',
    path: '/api/users/{id}',
    summary: 'Delete a user (kept for the audit trail; never signs in again)',
    status: 204,
    params: userIdParam,
    errors: ['VALIDATION_FAILED', 'FORBIDDEN', 'NOT_FOUND'],
  }).output(z.void()),
};
