import 'server-only';

import { sql } from 'kysely';

import { type Db } from './client';
import { type LoginThrottleTable } from './schema';

export type ThrottleRow = LoginThrottleTable;

/**
 * Count one sign-in attempt against `key` in a single statement, before its password is
 * checked, and return the row as it now stands: so parallel guesses each take their own
 * number and cannot all slip under the limit together. An attempt made while the key is
 * locked is not counted (it is refused anyway); one made after the window restarts the count.
 */
export async function reserveAttempt(db: Db, key: string, now: Date, windowStart: Date): Promise<ThrottleRow> {
  const at = now.toISOString();
  const since = windowStart.toISOString();
  const locked = sql<boolean>`login_throttle.locked_until IS NOT NULL AND login_throttle.locked_until > ${at}`;
  const stale = sql<boolean>`login_throttle.first_failure_at < ${since}`;
  return db
    .insertInto('login_throttle')
    .values({ key, failures: 1, first_failure_at: at, locked_until: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`CASE WHEN ${locked} THEN login_throttle.failures WHEN ${stale} THEN 1 ELSE login_throttle.failures + 1 END`,
        first_failure_at: sql<string>`CASE WHEN NOT (${locked}) AND ${stale} THEN ${at} ELSE login_throttle.first_failure_at END`,
        locked_until: sql<string | null>`CASE WHEN ${locked} THEN login_throttle.locked_until ELSE NULL END`,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Take the one checked attempt an exhausted allowance leaves: lock `key` until `until`, but
 * only when no lock stands now. Of attempts racing for it exactly one wins (true); the rest
 * are refused without their password being checked.
 */
export async function claimCheck(db: Db, key: string, until: Date, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('login_throttle')
    .set({ locked_until: until.toISOString() })
    .where('key', '=', key)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now.toISOString())]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Undo a claim that turned out not to be needed (only our own lock, not a later one). */
export async function unlock(db: Db, key: string, until: Date): Promise<void> {
  await db.updateTable('login_throttle').set({ locked_until: null }).where('key', '=', key).where('locked_until', '=', until.toISOString()).execute();
}

export async function lockedUntil(db: Db, key: string): Promise<string | null> {
  const row = await db.selectFrom('login_throttle').select('locked_until').where('key', '=', key).executeTakeFirst();
  return row?.locked_until ?? null;
}

/** Give back an attempt that turned out to be a success (the per-address count is of failures). */
export async function releaseAttempt(db: Db, key: string): Promise<void> {
  await db
    .updateTable('login_throttle')
    .set({ failures: sql<number>`CASE WHEN failures > 0 THEN failures - 1 ELSE 0 END` })
    .where('key', '=', key)
    .execute();
}

export async function clearThrottles(db: Db, keys: string[]): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', 'in', keys).execute();
}

/** Remove rows whose window has passed and whose lock (if any) is over: they decide nothing any more. */
export async function purgeThrottles(db: Db, now: Date, windowStart: Date): Promise<number> {
  const result = await db
    .deleteFrom('login_throttle')
    .where('first_failure_at', '<', windowStart.toISOString())
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now.toISOString())]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
