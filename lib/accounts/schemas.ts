import { z } from 'zod';

import { ROLES } from './roles';

/** Forms of the auth and admin pages: one schema each, used by the form and the action. */

export const signInSchema = z.object({
  username: z.string().trim().min(1, 'Enter your username.').max(64, 'Username is at most 64 characters.'),
  password: z.string().min(1, 'Enter your password.').max(200, 'Password is at most 200 characters.'),
  next: z.string().max(500).optional(),
});

const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, 'Username: 2–32 letters, digits, dots, dashes or underscores, starting with a letter or digit.');

const password = z.string().min(12, 'Password: at least 12 characters.').max(200, 'Password: at most 200 characters.');

export const createUserSchema = z.object({
  username,
  displayName: z.string().trim().min(1, 'Name: enter the person’s name.').max(100, 'Name: at most 100 characters.'),
  role: z.enum(ROLES, { message: 'Role: choose viewer, operator or admin.' }),
  password,
});

export const userIdSchema = z.object({ userId: z.uuid('Unknown user.') });

export const changeRoleSchema = userIdSchema.extend({ role: z.enum(ROLES, { message: 'Role: choose viewer, operator or admin.' }) });

export const resetPasswordSchema = userIdSchema.extend({ password });

export const setDisabledSchema = userIdSchema.extend({ disabled: z.boolean() });

/** Only same-site paths may be returned to after sign-in. */
export function safeReturnPath(next: string | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/invoke';
  return next;
}
