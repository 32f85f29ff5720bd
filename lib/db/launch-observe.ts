import 'server-only';

import { type Db } from './client';
import { type BatchRow } from './launches';

/** Regions with an InvokeId due to be asked about. */
export async function regionsDueForObservation(db: Db, now: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('launch_batches')
    .select('region_id')
    .distinct()
    .where('status', '=', 'sent')
    .where('observe_at', 'is not', null)
    .where('observe_at', '<=', now.toISOString())
    .execute();
  return rows.map((row) => row.region_id);
}

/** The batches of a region whose InvokeId is due, longest waiting first. */
export function dueObservations(db: Db, regionId: string, now: Date, limit: number): Promise<BatchRow[]> {
  return db
    .selectFrom('launch_batches')
    .selectAll()
    .where('region_id', '=', regionId)
    .where('status', '=', 'sent')
    .where('invoke_id', 'is not', null)
    .where('observe_at', 'is not', null)
    .where('observe_at', '<=', now.toISOString())
    .orderBy('observe_at')
    .limit(limit)
    .execute();
}

/** When to ask next (null: never again, it is finished), without changing anything a page shows. */
export async function scheduleObservation(db: Db, batchId: string, observeAt: Date | null, delayMs: number): Promise<void> {
  await db.updateTable('launch_batches').set({ observe_at: observeAt?.toISOString() ?? null, observe_delay_ms: delayMs }).where('id', '=', batchId).execute();
}

/** Ask about these InvokeIds at the observer's next pass (after a stop, say). */
export async function observeSoon(db: Db, batchIds: readonly string[], now: Date): Promise<void> {
  if (batchIds.length === 0) return;
  await db.updateTable('launch_batches').set({ observe_at: now.toISOString(), observe_delay_ms: 1_000 }).where('id', 'in', batchIds).execute();
}

/** Batches of a launch whose invocation may still change (what a stop has to reach). */
export function liveBatches(db: Db, launchId: string): Promise<BatchRow[]> {
  return db
    .selectFrom('launch_batches')
    .selectAll()
    .where('launch_id', '=', launchId)
    .where('status', '=', 'sent')
    .where('invoke_id', 'is not', null)
    .orderBy('batch_index')
    .execute();
}
