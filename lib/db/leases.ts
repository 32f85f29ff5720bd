import 'server-only';

import { type Db } from './client';

/**
 * Named leases: work that one replica at a time must do (observing a region) is done by the
 * holder of its lease; a holder that stops renewing (it crashed) loses it when it expires.
 * Taking one is a single upsert, so two replicas racing for it cannot both win.
 */
export async function acquireLease(db: Db, name: string, owner: string, now: Date, ttlMs: number): Promise<boolean> {
  const until = new Date(now.getTime() + ttlMs).toISOString();
  const result = await db
    .insertInto('leases')
    .values({ name, owner, until })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ owner, until })
        .where((eb) => eb.or([eb('leases.owner', '=', owner), eb('leases.until', '<', now.toISOString())])),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function releaseLease(db: Db, name: string, owner: string): Promise<void> {
  await db.deleteFrom('leases').where('name', '=', name).where('owner', '=', owner).execute();
}

export function findLease(db: Db, name: string): Promise<{ owner: string; until: string } | undefined> {
  return db.selectFrom('leases').select(['owner', 'until']).where('name', '=', name).executeTakeFirst();
}
