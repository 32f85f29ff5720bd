import 'server-only';

import { type Db } from '@/lib/db/client';
import { requestFleetRefresh } from '@/lib/db/fleet';
import { inTransaction, setLaunchHalt, unheldPendingBatches, updateBatch } from '@/lib/db/launch-dispatch';
import { markInstances } from '@/lib/db/launch-instances';
import { type BatchRow, bumpLaunch, type LaunchRow } from '@/lib/db/launches';
import { quotaDay, releaseQuota } from '@/lib/db/quota';

import { type Preflight } from './preflight';
import { settleLaunch } from './settle';

/**
 * Every write the dispatcher makes, each in one transaction with the launch's change number
 * taken first (bumpLaunch), so pages that poll for changes see the batch, its instances and
 * the launch's status move together.
 */

/** The day whose quota a launch's calls were reserved from. */
const reservedDay = (launch: Pick<LaunchRow, 'created_at'>) => quotaDay(new Date(launch.created_at));

/**
 * The batch's instances as checked just before sending: from now on it sends exactly the
 * eligible ones; the others say why they were left out. With none eligible it is skipped.
 */
export async function recordChecked(db: Db, launch: LaunchRow, batch: BatchRow, preflight: Preflight, now: Date): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const seq = await bumpLaunch(tx, launch.id, now);
    for (const skipped of preflight.skipped) {
      await markInstances(tx, launch.id, { instanceIds: [skipped.instanceId] }, { status: 'Ineligible', error_code: skipped.code, error_info: `Not sent: ${skipped.reason}` }, seq);
    }
    if (preflight.eligible.length === 0) {
      await updateBatch(tx, batch.id, { status: 'skipped', checked_at: now.toISOString(), lease_owner: null, lease_until: null, secret_box: null, error_code: 'NoEligibleInstance', error_message: 'Every instance of the batch was ineligible when it was about to be sent.' }, seq, now);
      await releaseQuota(tx, launch.region_id, reservedDay(launch), 1);
      await settleLaunch(tx, launch.id);
      return false;
    }
    await updateBatch(tx, batch.id, { checked_at: now.toISOString(), instance_ids: JSON.stringify(preflight.eligible) }, seq, now);
    return true;
  });
}

/** Sent: its InvokeId kept, its sealed secrets erased, its instances Pending until observed. */
export async function recordSent(db: Db, launch: LaunchRow, batch: BatchRow, sent: { invokeId: string; requestId: string | null }, now: Date): Promise<void> {
  await inTransaction(db, async (tx) => {
    const seq = await bumpLaunch(tx, launch.id, now);
    // Another dispatcher that took over an expired lease may have recorded it already, with the same InvokeId.
    const recorded = await updateBatch(
      tx,
      batch.id,
      {
        status: 'sent',
        invoke_id: sent.invokeId,
        request_id: sent.requestId,
        error_code: null,
        error_message: null,
        sent_at: now.toISOString(),
        lease_owner: null,
        lease_until: null,
        not_before: null,
        secret_box: null,
        observe_at: new Date(now.getTime() + 1_000).toISOString(),
        observe_delay_ms: 1_000,
        attempted: true,
      },
      seq,
      now,
      { status: 'pending' },
    );
    if (!recorded) return;
    const sentIds = JSON.parse(batch.instance_ids) as string[];
    await markInstances(tx, launch.id, { instanceIds: sentIds }, { status: 'Pending', error_code: '', error_info: '' }, seq);
    await settleLaunch(tx, launch.id);
  });
  // The fleet the picker shows is read again soon (within its minimum interval): the command may have changed it.
  await requestFleetRefresh(db, launch.region_id, now);
}

/**
 * A send that failed: back to pending after `retryAt` (a transient error, the batch keeps its
 * sealed secrets), or failed for good, with its instances NotSent and its quota given back.
 */
export async function recordSendFailure(
  db: Db,
  launch: LaunchRow,
  batch: BatchRow,
  failure: { code: string; message: string; requestId: string | null },
  retryAt: Date | null,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const seq = await bumpLaunch(tx, launch.id, now);
    const common = { request_id: failure.requestId, error_code: failure.code, error_message: failure.message, lease_owner: null, lease_until: null, attempted: true };
    if (retryAt) {
      await updateBatch(tx, batch.id, { ...common, not_before: retryAt.toISOString() }, seq, now, { status: 'pending' });
      return;
    }
    const failed = await updateBatch(tx, batch.id, { ...common, status: 'failed', not_before: null }, seq, now, { status: 'pending' });
    if (!failed) return;
    await markInstances(tx, launch.id, { instanceIds: JSON.parse(batch.instance_ids) as string[] }, { status: 'NotSent', error_code: failure.code, error_info: failure.message }, seq);
    await releaseQuota(tx, launch.region_id, reservedDay(launch), 1);
    await settleLaunch(tx, launch.id);
  });
}

/**
 * Stop sending a launch: every pending batch no dispatcher holds is skipped, its instances say
 * why, its quota is given back. `stopped` marks an operator's stop (a batch on its way is then
 * stopped when it lands). Within the caller's transaction; returns how many were skipped.
 */
export async function haltLaunch(tx: Db, launch: LaunchRow, reason: string, now: Date, stopped = false, code: 'Stopped' | 'ErrorThreshold' | 'Rejected' | 'Aborted' = stopped ? 'Stopped' : 'ErrorThreshold'): Promise<number> {
  const pending = await unheldPendingBatches(tx, launch.id, now);
  const seq = await bumpLaunch(tx, launch.id, now);
  // A stop after everything was sent holds nothing back: only the stop itself is kept.
  await setLaunchHalt(tx, launch.id, pending.length ? reason : null, stopped ? now : undefined);
  for (const batch of pending) {
    await updateBatch(tx, batch.id, { status: 'skipped', secret_box: null, error_code: code, error_message: reason }, seq, now);
    await markInstances(tx, launch.id, { batchIndex: batch.batch_index }, { status: 'Skipped', error_code: code, error_info: `Not sent: ${reason}` }, seq);
  }
  await releaseQuota(tx, launch.region_id, reservedDay(launch), pending.length);
  await settleLaunch(tx, launch.id);
  return pending.length;
}
