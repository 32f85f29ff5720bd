import 'server-only';

import { type Db } from '@/lib/db/client';
import { findOpenPause } from '@/lib/db/launch-pauses';
import { listBatches, settleSendStatus, updateLaunchStatus } from '@/lib/db/launches';
import { notifyIfFinished, statusBeforeSettle } from '@/lib/notify/enqueue';

import { batchStatus } from './snapshot';
import { aggregateStatus } from './status';

/**
 * A launch's send status and aggregate invocation status from its batches, within the writer's
 * transaction (the one that changed a batch). Skipped batches are left out of the aggregate
 * unless nothing else is there.
 */
export async function settleLaunch(tx: Db, launchId: string): Promise<string> {
  const previous = await statusBeforeSettle(tx, launchId);
  await settleSendStatus(tx, launchId);
  const statuses = (await listBatches(tx, launchId)).map(batchStatus);
  const counted = statuses.filter((status) => status !== 'Skipped');
  // A canary waiting for a person says so, whatever its sent batches add up to (lib/launches/canary.ts).
  const paused = statuses.includes('Queued') && (await findOpenPause(tx, launchId)) !== undefined;
  const status = paused ? 'Paused' : aggregateStatus(counted.length ? counted : statuses);
  await updateLaunchStatus(tx, launchId, status);
  // Becoming final queues the "launch finished" notification, committed with this change or not at all.
  await notifyIfFinished(tx, launchId, previous, status);
  return status;
}
