import 'server-only';

import { sql } from 'kysely';

import { type Db } from './client';

/** The UTC day a quota counts in, YYYY-MM-DD. */
export function quotaDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Take `calls` InvokeCommand calls of a region's daily quota, or none if they do not all fit:
 * one conditional update, so launches made at once on several replicas cannot overdraw it.
 */
export async function reserveQuota(db: Db, regionId: string, day: string, calls: number, limit: number): Promise<{ ok: boolean; used: number }> {
  await db.insertInto('quota_usage').values({ region_id: regionId, day, used: 0 }).onConflict((oc) => oc.columns(['region_id', 'day']).doNothing()).execute();
  const taken = await db
    .updateTable('quota_usage')
    .set({ used: sql<number>`used + ${calls}` })
    .where('region_id', '=', regionId)
    .where('day', '=', day)
    .where(sql<boolean>`used + ${calls} <= ${limit}`)
    .returning('used')
    .executeTakeFirst();
  if (taken) return { ok: true, used: taken.used };
  return { ok: false, used: await quotaUsed(db, regionId, day) };
}

/** Give calls back: batches that will never be sent (skipped, failed for good). */
export async function releaseQuota(db: Db, regionId: string, day: string, calls: number): Promise<void> {
  if (calls <= 0) return;
  await db
    .updateTable('quota_usage')
    .set({ used: sql<number>`CASE WHEN used > ${calls} THEN used - ${calls} ELSE 0 END` })
    .where('region_id', '=', regionId)
    .where('day', '=', day)
    .execute();
}

export async function quotaUsed(db: Db, regionId: string, day: string): Promise<number> {
  const row = await db.selectFrom('quota_usage').select('used').where('region_id', '=', regionId).where('day', '=', day).executeTakeFirst();
  return row?.used ?? 0;
}
