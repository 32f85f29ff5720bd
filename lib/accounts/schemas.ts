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

/** Where sign-in goes when the asked-for path is not one of ours: home, which sends each role to its own start. */
export const DEFAULT_RETURN_PATH = '/';

// Any origin will do: only whether the parsed URL stays on it matters.
const ORIGIN = 'http://invokedeck.invalid';

/**
 * The path to go to after sign-in, kept on this site whatever `next` holds (a scheme, `//host`,
 * backslashes, tab/CR/LF that URL parsers drop, encoded slashes): it is parsed as a URL against
 * our origin, and anything that leaves it, or reads as another host once a browser parses it
 * again, falls back to the dashboard.
 */
export function safeReturnPath(next: string | undefined): string {
  if (!next || next.length > 500 || !next.startsWith('/')) return DEFAULT_RETURN_PATH;
  let url: URL;
  try {
    url = new URL(next, ORIGIN);
  } catch {
    return DEFAULT_RETURN_PATH;
  }
  if (url.origin !== ORIGIN || url.username || url.password) return DEFAULT_RETURN_PATH;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments can leave "//host" behind ("/.//evil.example"), which a browser reads as another host.
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return DEFAULT_RETURN_PATH;
  return path;
}
