import 'server-only';

import { type ActionResult } from '@/lib/action-result';
import { AppError, forbidden, unauthenticated } from '@/lib/errors';
import { logger } from '@/lib/logger';

import { getCurrentUser } from './current';
import { roleAtLeast, type Role } from '@/lib/accounts/roles';
import { type SessionUser } from './sessions';

/** Who may call an endpoint: a role (and everything above it), or anyone for sign-in itself. */
export type Access = Role | 'public';

/** Resolve the caller and check the role; throws AppError 401/403. */
export async function authorize(access: Access): Promise<SessionUser | null> {
  if (access === 'public') return getCurrentUser();
  const user = await getCurrentUser();
  if (!user) throw unauthenticated();
  if (!roleAtLeast(user.role, access)) throw forbidden(access);
  return user;
}

/** Turn anything thrown into a failure result; unexpected errors are logged, not shown. */
export function toFailure(error: unknown, endpoint: string): Extract<ActionResult<never>, { ok: false }> {
  if (error instanceof AppError) {
    return {
      ok: false,
      code: error.code,
      status: error.status,
      message: error.message,
      ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
      ...(error.requestId ? { requestId: error.requestId } : {}),
    };
  }
  const reference = Math.random().toString(36).slice(2, 10);
  logger.error('unexpected error', { endpoint, reference, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  return {
    ok: false,
    code: 'INTERNAL',
    status: 500,
    message: `Something went wrong on the server. It was logged with reference ${reference}.`,
  };
}
