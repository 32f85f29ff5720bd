import 'server-only';

import { type Db } from '@/lib/db/client';
import { claimCheck, clearThrottles, lockedUntil, purgeThrottles, releaseAttempt, reserveAttempt, unlock } from '@/lib/db/login-throttle';
import { type UserSummary, findUserByUsername, updateUser } from '@/lib/db/users';

import { decoyHash, verifyPassword } from './password';

/**
 * Failures allowed in the window before sign-in is locked for a while: few per account,
 * more per client address (an office behind one NAT shares it).
 */
export const THROTTLE = { freeFailures: { user: 5, ip: 30 }, windowMs: 15 * 60_000, baseLockMs: 30_000, maxLockMs: 15 * 60_000 };

/**
 * Why a sign-in failed, for the audit log only (an admin's page): the person signing in is
 * told the same "wrong username or password" whichever it was.
 */
export type BadCredentials = 'no-such-account' | 'wrong-password' | 'account-disabled';

export type SignInOutcome =
  | { ok: true; user: UserSummary }
  | { ok: false; reason: 'bad-credentials'; why: BadCredentials }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/** The audit detail of a failed sign-in (the name tried is the entry's target). */
export function failedSignInDetail(outcome: Extract<SignInOutcome, { ok: false }>): Record<string, string | number> {
  return outcome.reason === 'throttled' ? { reason: outcome.reason, retryAfterSeconds: outcome.retryAfterSeconds } : { reason: outcome.reason, why: outcome.why };
}

const freeFor = (key: string) => (key.startsWith('ip:') ? THROTTLE.freeFailures.ip : THROTTLE.freeFailures.user);

/** The lock that follows the `attempt`-th attempt of a window: from the last free one on, doubling up to the cap. */
function lockMs(key: string, attempt: number): number {
  return Math.min(THROTTLE.maxLockMs, THROTTLE.baseLockMs * 2 ** Math.max(0, attempt - freeFor(key)));
}

const throttled = (until: number, now: Date): SignInOutcome => ({ ok: false, reason: 'throttled', retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) });

/**
 * Check a username and password, counting attempts per account and per client address so
 * neither one account nor one address can be guessed at speed. Each attempt takes its number
 * before its password is checked, and the attempt that uses an allowance up locks the key as
 * it starts: 24 guesses sent at once fare as 24 sent one after another (5 checked, 19
 * refused), however they interleave. A lock that has passed allows one more checked attempt.
 */
export async function attemptSignIn(
  db: Db,
  input: { username: string; password: string; ip: string | null; now?: Date },
): Promise<SignInOutcome> {
  const now = input.now ?? new Date();
  const windowStart = new Date(now.getTime() - THROTTLE.windowMs);
  const keys = [`user:${input.username.toLowerCase()}`, ...(input.ip ? [`ip:${input.ip}`] : [])];
  const rows = await Promise.all(keys.map((key) => reserveAttempt(db, key, now, windowStart)));

  const locked = Math.max(0, ...rows.map((row) => (row.locked_until ? Date.parse(row.locked_until) : 0)));
  if (locked > now.getTime()) return throttled(locked, now);
  const claimed: { key: string; until: Date }[] = [];
  for (const row of rows.filter((candidate) => candidate.failures >= freeFor(candidate.key))) {
    const until = new Date(now.getTime() + lockMs(row.key, row.failures));
    if (await claimCheck(db, row.key, until, now)) {
      claimed.push({ key: row.key, until });
      continue;
    }
    await Promise.all(claimed.map((claim) => unlock(db, claim.key, claim.until)));
    const standing = await lockedUntil(db, row.key);
    return throttled(standing ? Date.parse(standing) : until.getTime(), now);
  }

  const user = await findUserByUsername(db, input.username);
  const passwordOk = await verifyPassword(input.password, user?.password_hash ?? (await decoyHash));
  if (!user) return { ok: false, reason: 'bad-credentials', why: 'no-such-account' };
  if (!passwordOk) return { ok: false, reason: 'bad-credentials', why: 'wrong-password' };
  if (user.disabled) return { ok: false, reason: 'bad-credentials', why: 'account-disabled' };

  // The account's count starts over; the address gives back this attempt, which was no failure.
  await clearThrottles(db, keys.filter((key) => key.startsWith('user:')));
  for (const key of keys.filter((candidate) => candidate.startsWith('ip:'))) {
    await releaseAttempt(db, key);
    const claim = claimed.find((entry) => entry.key === key);
    if (claim) await unlock(db, key, claim.until);
  }
  await updateUser(db, user.id, { last_sign_in_at: now.toISOString() }, now);
  const { password_hash: _hash, ...summary } = user;
  return { ok: true, user: summary };
}

/** Drop throttle rows that no longer decide anything (run by the housekeeping loop). */
export function purgeSignInThrottles(db: Db, now = new Date()): Promise<number> {
  return purgeThrottles(db, now, new Date(now.getTime() - THROTTLE.windowMs));
}
