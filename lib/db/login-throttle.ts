import 'server-only';

import { type Db } from './client';
import { type LoginThrottleTable } from './schema';

export type ThrottleRow = LoginThrottleTable;

export function findThrottles(db: Db, keys: string[]): Promise<ThrottleRow[]> {
  return db.selectFrom('login_throttle').selectAll().where('key', 'in', keys).execute();
}

export async function saveThrottle(db: Db, row: ThrottleRow): Promise<void> {
  await db
    .insertInto('login_throttle')
    .values(row)
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: row.failures,
        first_failure_at: row.first_failure_at,
        locked_until: row.locked_until,
      }),
    )
    .execute();
}

export async function clearThrottles(db: Db, keys: string[]): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', 'in', keys).execute();
}
