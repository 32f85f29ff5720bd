import 'server-only';

import { type Db } from '@/lib/db/client';
import { instanceStatusCounts } from '@/lib/db/launch-dispatch';
import { findLaunch, listBatches, listBatchesSince, listInstances } from '@/lib/db/launches';
import { rateControlSchema } from '@/lib/invoke/rate-control-schema';
import { secretNamesOf } from '@/lib/invoke/secrets';

import { readPauses } from './canary';
import { toLaunchInstances } from './launch-instances';
import { type LaunchUnchanged, type LaunchView } from './launch-view';
import { launchResultOf } from './result';
import { batchStatus } from './snapshot';

/**
 * A launch with its batches and instances, from our records (the dispatcher and the observer
 * keep them; reading never calls ECS). `since` answers only what changed after that change
 * number; `withInstances: false` leaves the instances out (the form's progress panel).
 */
export async function readLaunch(db: Db, launchId: string, options: { since?: number; withInstances?: boolean } = {}): Promise<LaunchView | LaunchUnchanged | null> {
  const { since = 0, withInstances = true } = options;
  const launch = await findLaunch(db, launchId);
  if (!launch) return null;
  if (since > 0 && launch.change_seq <= since) return { seq: launch.change_seq, unchanged: true };
  const [allBatches, changedBatches, instances, counts, pauses] = await Promise.all([
    listBatches(db, launchId),
    since > 0 ? listBatchesSince(db, launchId, since) : null,
    withInstances ? listInstances(db, launchId, since) : Promise.resolve([]),
    instanceStatusCounts(db, launchId),
    readPauses(db, launchId),
  ]);
  const batches = changedBatches ?? allBatches;
  const draft = JSON.parse(launch.draft) as { parameters?: { name: string; secret: boolean; value: string }[] };
  const invokeIdOfBatch = new Map(allBatches.map((batch) => [batch.batch_index, batch.invoke_id]));
  return {
    ...launchResultOf(launch, batches),
    seq: launch.change_seq,
    full: since === 0,
    createdAt: launch.created_at,
    createdBy: launch.created_by_username,
    commandName: launch.command_name,
    commandType: launch.command_type,
    repeatMode: launch.repeat_mode,
    frequency: launch.frequency,
    status: launch.status,
    rateControl: launch.rate_control ? rateControlSchema.parse(JSON.parse(launch.rate_control)) : null,
    haltReason: launch.halt_reason,
    secretNames: secretNamesOf(draft.parameters ?? []),
    batchStatuses: batches.map((batch) => ({ index: batch.batch_index, status: batchStatus(batch) })),
    counts,
    instances: toLaunchInstances(instances, invokeIdOfBatch),
    pauses,
  };
}

export function isUnchanged(view: LaunchView | LaunchUnchanged): view is LaunchUnchanged {
  return 'unchanged' in view;
}
