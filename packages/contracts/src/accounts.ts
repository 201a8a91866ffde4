import { MIN_PASSWORD_LENGTH, ROLES } from '@cchc/domain';
import { z } from 'zod';
import { unitCode, uuid } from './common';
import { TEXT_FORMATS, customRule } from './rules';

export const role = z.enum(ROLES);

export const loginRequest = z
  .object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) })
  .strict()
  .meta({ id: 'LoginRequest' });
export type LoginRequest = z.infer<typeof loginRequest>;

export const userResponse = z
  .object({
    id: uuid,
    username: z.string(),
    role,
    unitCode: unitCode.nullable(),
    unitName: z.string().nullable(),
    provinceCode: unitCode.nullable(),
    locked: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });
export type UserResponse = z.infer<typeof userResponse>;

export const loginResponse = z
  .object({ accessToken: z.string(), expiresAt: z.string(), user: userResponse })
  .meta({ id: 'LoginResult' });
export type LoginResponse = z.infer<typeof loginResponse>;

const username = z
  .string()
  .trim()
  .regex(TEXT_FORMATS.username, 'must be 3 to 50 lower-case letters, digits, dots, dashes or underscores');
const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200);

export const createUserRequest = z
  .object({ username, password, role, unitCode: unitCode.nullable().optional() })
  .strict()
  .meta({ id: 'CreateUserRequest' });
export type CreateUserRequest = z.infer<typeof createUserRequest>;

export const updateUserRequest = z
  .object({ role: role.optional(), locked: z.boolean().optional(), password: password.optional() })
  .strict()
  .refine((v) => Object.keys(v).length > 0, {
    message: 'must change at least one field',
    params: customRule('changeSomething'),
  })
  .meta({ id: 'UpdateUserRequest' });
export type UpdateUserRequest = z.infer<typeof updateUserRequest>;

/** Any signed-in user changes its own password, proving it knows the current one. */
export const changePasswordRequest = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: password })
  .strict()
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ['newPassword'],
    message: 'must differ from the current password',
    params: customRule('differentPassword'),
  })
  .meta({ id: 'ChangePasswordRequest' });
export type ChangePasswordRequest = z.infer<typeof changePasswordRequest>;

export const userIdParam = z.object({ id: uuid });
