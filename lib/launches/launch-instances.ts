import { batchStatus, type InstanceSnapshot, type InvocationSnapshot } from './snapshot';

/** One instance of a launch, whichever batch (and InvokeId) it went out in. */
export interface LaunchInstance extends InstanceSnapshot {
  /** Null while its batch is being sent, or when the batch failed to send. */
  invokeId: string | null;
  batchIndex: number;
}

interface BatchRecord {
  batch_index: number;
  invoke_id: string | null;
  instance_ids: string;
  snapshot: string | null;
  status: string;
  invocation_status: string | null;
}

const unseen = (instanceId: string, status: string, invokeId: string | null, batchIndex: number): LaunchInstance => ({
  instanceId,
  status,
  exitCode: null,
  errorCode: '',
  errorInfo: '',
  repeats: 0,
  startTime: null,
  finishTime: null,
  stopTime: null,
  dropped: 0,
  invokeId,
  batchIndex,
});

/**
 * Every instance of a launch across its batches, from what we last recorded of each
 * InvokeId: so a launch split into 3 InvokeIds reads as one "117 Success, 3 Failed".
 * Instances of a batch not sent (or not observed yet) carry the batch's own status.
 */
export function launchInstances(batches: readonly BatchRecord[]): LaunchInstance[] {
  const rows: LaunchInstance[] = [];
  for (const batch of [...batches].sort((a, b) => a.batch_index - b.batch_index)) {
    const ids = JSON.parse(batch.instance_ids) as string[];
    const snapshot = batch.snapshot ? (JSON.parse(batch.snapshot) as InvocationSnapshot) : null;
    const seen = new Map((snapshot?.instances ?? []).map((instance) => [instance.instanceId, instance]));
    const fallback = batchStatus(batch);
    for (const instanceId of ids) {
      const instance = seen.get(instanceId);
      rows.push(instance ? { ...instance, invokeId: batch.invoke_id, batchIndex: batch.batch_index } : unseen(instanceId, fallback, batch.invoke_id, batch.batch_index));
    }
  }
  return rows;
}
