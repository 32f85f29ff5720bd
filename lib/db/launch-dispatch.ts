import 'server-only';

import { type Db } from './client';
import { type BatchRow, type LaunchRow } from './launches';
import { isPostgres } from './migrations/dialect';

/** Run `work` in one transaction: the boundaries of a write that spans several tables. */
export function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}

/** Launches with a batch a dispatcher may take now (pending, not held, not waiting out a failure or an approval), longest waiting first. */
export async function launchesWithWork(db: Db, now: Date, limit: number): Promise<string[]> {
  const at = now.toISOString();
  const rows = await db
    .selectFrom('launch_batches')
    .select('launch_id')
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', at)]))
    .where((eb) => eb.or([eb('not_before', 'is', null), eb('not_before', '<=', at)]))
    // A launch waiting for approval sends nothing (and a rejected one has no pending batch left).
    .where((eb) => eb.not(eb.exists(eb.selectFrom('launches').select('launches.id').whereRef('launches.id', '=', 'launch_batches.launch_id').where('launches.approval_state', 'in', ['requested', 'rejected', 'expired']))))
    // Nor does a canary paused for a person (lib/launches/canary.ts).
    .where((eb) => eb.not(eb.exists(eb.selectFrom('launch_pauses').select('launch_pauses.launch_id').whereRef('launch_pauses.launch_id', '=', 'launch_batches.launch_id').where('launch_pauses.resumed_at', 'is', null).where('launch_pauses.aborted_at', 'is', null))))
    .groupBy('launch_id')
    // Longest waiting first: under load, a launch must not be passed over by newer ones.
    .orderBy((eb) => eb.fn.min('updated_at'))
    .limit(limit)
    .execute();
  return rows.map((row) => row.launch_id);
}

/**
 * Run `work` with the launch locked against every other dispatcher, in one transaction. A
 * dispatcher skips a launch another replica holds now (null: PostgreSQL FOR UPDATE SKIP
 * LOCKED, so nobody waits); a stop waits for it (`wait`). SQLite has one writer at a time,
 * which is the same guarantee.
 */
export async function withLaunchLocked<T>(db: Db, launchId: string, work: (tx: Db, launch: LaunchRow) => Promise<T>, options: { wait?: boolean } = {}): Promise<T | null> {
  return db.transaction().execute(async (tx) => {
    let query = tx.selectFrom('launches').selectAll().where('id', '=', launchId);
    if (isPostgres(tx)) query = options.wait ? query.forUpdate() : query.forUpdate().skipLocked();
    const launch = await query.executeTakeFirst();
    return launch ? work(tx, launch) : null;
  });
}

/** Hold these batches for `owner` until `until`; only those still pending and not held by someone else are taken. */
export async function leaseBatches(tx: Db, batchIds: readonly string[], owner: string, now: Date, until: Date): Promise<BatchRow[]> {
  if (batchIds.length === 0) return [];
  return tx
    .updateTable('launch_batches')
    .set({ lease_owner: owner, lease_until: until.toISOString() })
    .where('id', 'in', batchIds)
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now.toISOString())]))
    .returningAll()
    .execute();
}

/** Renew a lease while a slow send goes on; false when it was lost (another dispatcher took the batch). */
export async function renewLease(db: Db, batchId: string, owner: string, until: Date): Promise<boolean> {
  const result = await db
    .updateTable('launch_batches')
    .set({ lease_until: until.toISOString() })
    .where('id', '=', batchId)
    .where('lease_owner', '=', owner)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Instances of a launch whose status is one of `statuses` (the failed ones, for the error threshold). */
export async function countInstancesIn(tx: Db, launchId: string, statuses: readonly string[]): Promise<number> {
  if (statuses.length === 0) return 0;
  const row = await tx
    .selectFrom('launch_instances')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('launch_id', '=', launchId)
    .where('status', 'in', statuses)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many instances of a launch are in each status. */
export async function instanceStatusCounts(db: Db, launchId: string): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('launch_instances')
    .select(['status', (eb) => eb.fn.countAll().as('n')])
    .where('launch_id', '=', launchId)
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
}

export type BatchChange = Partial<
  Pick<
    BatchRow,
    'status' | 'invoke_id' | 'request_id' | 'error_code' | 'error_message' | 'sent_at' | 'lease_owner' | 'lease_until' | 'not_before' | 'secret_box' | 'checked_at' | 'observe_at' | 'observe_delay_ms' | 'invocation_status' | 'snapshot' | 'snapshot_at' | 'instance_ids'
  >
> & { attempted?: boolean };

/**
 * Change a batch (stamped with the launch's change number). `onlyIf` guards against a writer
 * that lost the race: a batch another dispatcher already recorded as sent stays as it is.
 */
export async function updateBatch(tx: Db, batchId: string, change: BatchChange, seq: number, now: Date, onlyIf?: { status: BatchRow['status'] }): Promise<boolean> {
  const { attempted, ...columns } = change;
  let query = tx
    .updateTable('launch_batches')
    .set((eb) => ({ ...columns, change_seq: seq, updated_at: now.toISOString(), ...(attempted ? { attempts: eb('attempts', '+', 1) } : {}) }))
    .where('id', '=', batchId);
  if (onlyIf) query = query.where('status', '=', onlyIf.status);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Every pending batch of a launch that no dispatcher holds now: what a halt or a stop skips. */
export function unheldPendingBatches(tx: Db, launchId: string, now: Date): Promise<BatchRow[]> {
  return tx
    .selectFrom('launch_batches')
    .selectAll()
    .where('launch_id', '=', launchId)
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now.toISOString())]))
    .orderBy('batch_index')
    .execute();
}

/** Say why batches were not sent (`reason`), and/or that an operator stopped the launch (`stoppedAt`). */
export async function setLaunchHalt(tx: Db, launchId: string, reason: string | null, stoppedAt?: Date): Promise<void> {
  if (reason === null && !stoppedAt) return;
  await tx
    .updateTable('launches')
    .set({ ...(reason !== null ? { halt_reason: reason } : {}), ...(stoppedAt ? { stopped_at: stoppedAt.toISOString() } : {}) })
    .where('id', '=', launchId)
    .execute();
}

/** Erase sealed secrets that outlived their launch's deadline (housekeeping). */
export async function eraseExpiredSecrets(db: Db, now: Date): Promise<number> {
  const expired = db.selectFrom('launches').select('id').where('secrets_expire_at', '<', now.toISOString());
  const result = await db.updateTable('launch_batches').set({ secret_box: null }).where('secret_box', 'is not', null).where('launch_id', 'in', expired).executeTakeFirst();
  return Number(result.numUpdatedRows);
}
