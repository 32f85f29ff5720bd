import 'server-only';

import { type Db } from './client';

/** An InvokeId as last read from ECS (its parameter values already masked), and when. */
export async function readCachedInvocation(db: Db, invokeId: string): Promise<{ body: string; fetchedAt: string; regionId: string } | undefined> {
  const row = await db.selectFrom('invocation_cache').select(['body', 'fetched_at', 'region_id']).where('invoke_id', '=', invokeId).executeTakeFirst();
  return row ? { body: row.body, fetchedAt: row.fetched_at, regionId: row.region_id } : undefined;
}

export async function writeCachedInvocation(db: Db, invokeId: string, regionId: string, body: string, now: Date): Promise<void> {
  const fetchedAt = now.toISOString();
  await db
    .insertInto('invocation_cache')
    .values({ invoke_id: invokeId, region_id: regionId, body, fetched_at: fetchedAt })
    .onConflict((oc) => oc.column('invoke_id').doUpdateSet({ region_id: regionId, body, fetched_at: fetchedAt }))
    .execute();
}

/** Forget reads older than `before` (housekeeping): they would be read again anyway. */
export async function purgeInvocationCache(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom('invocation_cache').where('fetched_at', '<', before.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
