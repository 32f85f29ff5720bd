import 'server-only';

import { type Db } from '@/lib/db/client';
import { findLaunch, listBatches } from '@/lib/db/launches';
import { type EcsClient } from '@/lib/ecs';
import { secretNamesOf } from '@/lib/invoke/secrets';

import { launchInstances } from './launch-instances';
import { type LaunchView } from './launch-view';
import { refreshLaunch } from './refresh';
import { launchResultOf } from './result';
import { batchStatus } from './snapshot';

/**
 * A launch with its batches, their statuses brought up to date first (unless no client is
 * given), and every instance's last observed state unless `withInstances` is false.
 */
export async function readLaunch(db: Db, ecs: EcsClient | null, launchId: string, { withInstances = true } = {}): Promise<LaunchView | null> {
  if (ecs) await refreshLaunch(db, ecs, launchId);
  const launch = await findLaunch(db, launchId);
  if (!launch) return null;
  const batches = await listBatches(db, launchId);
  const draft = JSON.parse(launch.draft) as { parameters?: { name: string; secret: boolean }[] };
  return {
    ...launchResultOf(launch, batches),
    createdAt: launch.created_at,
    createdBy: launch.created_by_username,
    commandName: launch.command_name,
    commandType: launch.command_type,
    repeatMode: launch.repeat_mode,
    frequency: launch.frequency,
    status: launch.status,
    secretNames: secretNamesOf(draft.parameters ?? []),
    batchStatuses: batches.map((batch) => ({ index: batch.batch_index, status: batchStatus(batch) })),
    instances: withInstances ? launchInstances(batches) : [],
  };
}
