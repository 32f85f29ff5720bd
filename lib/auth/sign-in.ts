import 'server-only';

import { type Db } from '@/lib/db/client';
import { clearThrottles, findThrottles, saveThrottle } from '@/lib/db/login-throttle';
import { type UserSummary, findUserByUsername, updateUser } from '@/lib/db/users';

import { decoyHash, verifyPassword } from './password';

/**
 * Failures allowed in the window before sign-in is locked for a while: few per account,
 * more per client address (an office behind one NAT shares it).
 */
export const THROTTLE = { freeFailures: { user: 5, ip: 30 }, windowMs: 15 * 60_000, baseLockMs: 30_000, maxLockMs: 15 * 60_000 };

export type SignInOutcome =
  | { ok: true; user: UserSummary }
  | { ok: false; reason: 'bad-credentials' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/**
 * Check a username and password, counting failures per account and per client address so
 * neither one account nor one address can be guessed at speed.
 */
export async function attemptSignIn(
  db: Db,
  input: { username: string; password: string; ip: string | null; now?: Date },
): Promise<SignInOutcome> {
  const now = input.now ?? new Date();
  const keys = [`user:${input.username.toLowerCase()}`, ...(input.ip ? [`ip:${input.ip}`] : [])];
  const throttles = await findThrottles(db, keys);
  const lockedUntil = Math.max(0, ...throttles.map((row) => (row.locked_until ? Date.parse(row.locked_until) : 0)));
  if (lockedUntil > now.getTime()) {
    return { ok: false, reason: 'throttled', retryAfterSeconds: Math.ceil((lockedUntil - now.getTime()) / 1000) };
  }

  const user = await findUserByUsername(db, input.username);
  const passwordOk = await verifyPassword(input.password, user?.password_hash ?? (await decoyHash));
  if (!user || !passwordOk || user.disabled) {
    await Promise.all(keys.map((key) => recordFailure(db, key, throttles.find((row) => row.key === key), now)));
    return { ok: false, reason: 'bad-credentials' };
  }

  await clearThrottles(db, keys);
  await updateUser(db, user.id, { last_sign_in_at: now.toISOString() }, now);
  const { password_hash: _hash, ...summary } = user;
  return { ok: true, user: summary };
}

async function recordFailure(
  db: Db,
  key: string,
  previous: { failures: number; first_failure_at: string } | undefined,
  now: Date,
): Promise<void> {
  const fresh = !previous || now.getTime() - Date.parse(previous.first_failure_at) > THROTTLE.windowMs;
  const failures = fresh ? 1 : previous.failures + 1;
  const over = failures - (key.startsWith('ip:') ? THROTTLE.freeFailures.ip : THROTTLE.freeFailures.user);
  const lockMs = over >= 0 ? Math.min(THROTTLE.maxLockMs, THROTTLE.baseLockMs * 2 ** over) : 0;
  await saveThrottle(db, {
    key,
    failures,
    first_failure_at: fresh ? now.toISOString() : previous.first_failure_at,
    locked_until: lockMs > 0 ? new Date(now.getTime() + lockMs).toISOString() : null,
  });
}
