import { type LaunchInstancesTable } from '@/lib/db/schema';

import { type InstanceSnapshot } from './snapshot';

/** One instance of a launch, whichever batch (and InvokeId) it went out in. */
export interface LaunchInstance extends InstanceSnapshot {
  /** Null while its batch waits to be sent, or when it was not sent. */
  invokeId: string | null;
  batchIndex: number;
}

/** A launch_instances row, as much of it as the pages need. */
type InstanceRecord = Omit<LaunchInstancesTable, 'launch_id' | 'change_seq'>;

/**
 * Instances of a launch as the pages show them, from the rows the dispatcher and the observer
 * keep: a launch split into 3 InvokeIds reads as one "117 Success, 3 Failed".
 */
export function toLaunchInstances(rows: readonly InstanceRecord[], invokeIdOfBatch: ReadonlyMap<number, string | null>): LaunchInstance[] {
  return rows.map((row) => ({
    instanceId: row.instance_id,
    status: row.status,
    exitCode: row.exit_code,
    errorCode: row.error_code,
    errorInfo: row.error_info,
    repeats: row.repeats,
    startTime: row.start_time,
    finishTime: row.finish_time,
    stopTime: row.stop_time,
    dropped: row.dropped,
    invokeId: invokeIdOfBatch.get(row.batch_index) ?? null,
    batchIndex: row.batch_index,
  }));
}

/** Merge a poll's changes into what a page holds: changed instances replace their old selves, in place. */
export function mergeInstances(current: readonly LaunchInstance[], changed: readonly LaunchInstance[]): LaunchInstance[] {
  if (changed.length === 0) return [...current];
  const byId = new Map(changed.map((instance) => [instance.instanceId, instance]));
  const merged = current.map((instance) => byId.get(instance.instanceId) ?? instance);
  const known = new Set(current.map((instance) => instance.instanceId));
  return [...merged, ...changed.filter((instance) => !known.has(instance.instanceId))];
}
