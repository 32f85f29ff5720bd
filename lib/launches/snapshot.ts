/** What we keep of an invocation: enough to show it after Alibaba has forgotten it. */
export interface InstanceSnapshot {
  instanceId: string;
  status: string;
  exitCode: number | null;
  errorCode: string;
  errorInfo: string;
  repeats: number;
  startTime: string | null;
  finishTime: string | null;
  stopTime: string | null;
  dropped: number;
}

export interface InvocationSnapshot {
  invokeId: string;
  invocationStatus: string;
  commandName: string;
  repeatMode: string;
  frequency: string;
  creationTime: string | null;
  instances: InstanceSnapshot[];
}

/** A batch's status as the launch's aggregate counts it; one not sent yet is Queued, as its instances are. */
export function batchStatus(batch: { status: string; invocation_status: string | null }): string {
  if (batch.status === 'failed') return 'NotSent';
  if (batch.status === 'skipped') return 'Skipped';
  if (batch.status === 'pending') return 'Queued';
  return batch.invocation_status ?? 'Pending';
}
