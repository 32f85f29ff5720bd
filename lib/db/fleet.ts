import 'server-only';

import { type Db } from './client';
import { inTransaction } from './launch-dispatch';
import { type FleetReadsTable } from './schema';

/**
 * The fleet snapshot per region (migration 0014): its read record, and its instances, which a
 * read replaces all at once. Rows are written by the replica holding the region's lease.
 */

export type FleetReadRow = FleetReadsTable;

export interface FleetInstanceRow {
  sortKey: string;
  instanceId: string;
  /** JSON of the instance. */
  data: string;
}

/** Rows per INSERT: well within SQLite's and PostgreSQL's limits on bound values. */
const INSERT_CHUNK = 200;
/** A view is recorded at most this often per region, so page loads do not each write. */
const VIEW_RECORDED_EVERY_MS = 60_000;

export function findFleetRead(db: Db, region: string): Promise<FleetReadRow | undefined> {
  return db.selectFrom('fleet_reads').selectAll().where('region_id', '=', region).executeTakeFirst();
}

export function listFleetReads(db: Db): Promise<FleetReadRow[]> {
  return db.selectFrom('fleet_reads').selectAll().orderBy('region_id').execute();
}

/** Someone looked at the region's fleet: it is kept fresh while they do. */
export async function recordFleetView(db: Db, region: string, now: Date): Promise<void> {
  const at = now.toISOString();
  const before = new Date(now.getTime() - VIEW_RECORDED_EVERY_MS).toISOString();
  await db
    .insertInto('fleet_reads')
    .values(emptyRead(region, { viewed_at: at }))
    .onConflict((oc) =>
      oc
        .column('region_id')
        .doUpdateSet({ viewed_at: at })
        .where((eb) => eb.or([eb('fleet_reads.viewed_at', 'is', null), eb('fleet_reads.viewed_at', '<', before)])),
    )
    .execute();
}

/**
 * Ask for a fresh read of the region (InvokeDeck just changed something there, or a person
 * pressed Refresh). The refresher takes it once the minimum interval allows.
 */
export async function requestFleetRefresh(db: Db, region: string, now: Date = new Date()): Promise<void> {
  const at = now.toISOString();
  await db
    .insertInto('fleet_reads')
    .values(emptyRead(region, { requested_at: at }))
    .onConflict((oc) => oc.column('region_id').doUpdateSet({ requested_at: at }))
    .execute();
}

/** A read begins (the caller holds the region's lease). */
export async function recordFleetReadStarted(db: Db, region: string, owner: string, now: Date): Promise<void> {
  await db
    .insertInto('fleet_reads')
    .values(emptyRead(region, { started_at: now.toISOString(), read_by: owner }))
    .onConflict((oc) => oc.column('region_id').doUpdateSet({ started_at: now.toISOString(), read_by: owner }))
    .execute();
}

/**
 * A read's outcome stored: the region's instances replaced in one transaction when they differ
 * from the stored ones (by digest), else kept as they are; either way the read's time is recorded.
 */
export async function storeFleetSnapshot(db: Db, region: string, instances: readonly FleetInstanceRow[], read: { startedAt: Date; finishedAt: Date; contentHash: string }): Promise<void> {
  await inTransaction(db, async (tx) => {
    const stored = await tx.selectFrom('fleet_reads').select('content_hash').where('region_id', '=', region).executeTakeFirst();
    const changed = stored?.content_hash !== read.contentHash;
    if (changed) {
      await tx.deleteFrom('fleet_instances').where('region_id', '=', region).execute();
      for (let start = 0; start < instances.length; start += INSERT_CHUNK) {
        const chunk = instances.slice(start, start + INSERT_CHUNK);
        await tx
          .insertInto('fleet_instances')
          .values(chunk.map((row) => ({ region_id: region, sort_key: row.sortKey, instance_id: row.instanceId, data: row.data })))
          .execute();
      }
    }
    await tx
      .updateTable('fleet_reads')
      .set({
        read_at: read.finishedAt.toISOString(),
        finished_at: read.finishedAt.toISOString(),
        duration_ms: read.finishedAt.getTime() - read.startedAt.getTime(),
        instance_count: instances.length,
        ...(changed ? { content_hash: read.contentHash, changed_at: read.finishedAt.toISOString() } : {}),
        error_code: null,
        error_message: null,
        error_at: null,
      })
      .where('region_id', '=', region)
      .execute();
  });
}

/** A read failed: the snapshot before it stands, and says why the newer one is missing. */
export async function recordFleetReadFailure(db: Db, region: string, error: { code: string; message: string }, now: Date): Promise<void> {
  const at = now.toISOString();
  await db.updateTable('fleet_reads').set({ finished_at: at, error_code: error.code, error_message: error.message, error_at: at }).where('region_id', '=', region).execute();
}

/** Up to `limit` instances of the region's snapshot after `after` (a sort key), in sort-key order. */
export function fleetSnapshotPage(db: Db, region: string, after: string | null, limit: number): Promise<{ sort_key: string; data: string }[]> {
  let query = db.selectFrom('fleet_instances').select(['sort_key', 'data']).where('region_id', '=', region);
  if (after !== null) query = query.where('sort_key', '>', after);
  return query.orderBy('sort_key').limit(limit).execute();
}

function emptyRead(region: string, set: Partial<FleetReadRow>): FleetReadRow {
  return {
    region_id: region,
    read_at: null,
    duration_ms: null,
    instance_count: null,
    content_hash: null,
    changed_at: null,
    started_at: null,
    finished_at: null,
    read_by: null,
    error_code: null,
    error_message: null,
    error_at: null,
    requested_at: null,
    viewed_at: null,
    ...set,
  };
}
