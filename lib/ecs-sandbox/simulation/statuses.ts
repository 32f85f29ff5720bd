/** Per-instance InvocationStatus values (reference §3, DescribeInvocationResults). */
export type InstanceStatus =
  | 'Pending'
  | 'Invalid'
  | 'Aborted'
  | 'Running'
  | 'Success'
  | 'Failed'
  | 'Error'
  | 'Timeout'
  | 'Cancelled'
  | 'Stopping'
  | 'Terminated'
  | 'Scheduled';

export type AggregateStatus = 'Pending' | 'Scheduled' | 'Running' | 'Stopping' | 'Success' | 'Failed' | 'Stopped' | 'PartialFailed';
export type LegacyStatus = 'Running' | 'Finished' | 'Failed' | 'PartialFailed' | 'Stopped' | 'Stopping';

const FAILED = new Set<InstanceStatus>(['Invalid', 'Aborted', 'Failed', 'Timeout', 'Error']);
const STOPPED = new Set<InstanceStatus>(['Cancelled', 'Terminated']);
const ACTIVE_ORDER: InstanceStatus[] = ['Running', 'Stopping', 'Pending', 'Scheduled'];

export function isActive(status: InstanceStatus): boolean {
  return ACTIVE_ORDER.includes(status);
}

/**
 * The invocation's aggregate InvocationStatus from its instances' (reference §3):
 * any active state wins; then Stopped if all stopped, Failed if none succeeded,
 * Success if none failed, PartialFailed otherwise.
 */
export function aggregateStatus(statuses: readonly InstanceStatus[]): AggregateStatus {
  for (const active of ACTIVE_ORDER) if (statuses.includes(active)) return active as AggregateStatus;
  const success = statuses.filter((status) => status === 'Success').length;
  const failed = statuses.filter((status) => FAILED.has(status)).length;
  if (statuses.every((status) => STOPPED.has(status))) return 'Stopped';
  if (success === 0) return 'Failed';
  return failed === 0 ? 'Success' : 'PartialFailed';
}

/** The legacy InvokeStatus of a whole invocation. */
export function legacyAggregate(status: AggregateStatus): LegacyStatus {
  switch (status) {
    case 'Success':
      return 'Finished';
    case 'Failed':
    case 'Stopped':
    case 'PartialFailed':
    case 'Stopping':
      return status;
    default:
      return 'Running';
  }
}

/** The legacy per-instance status (InstanceInvokeStatus, InvokeRecordStatus). */
export function legacyInstance(status: InstanceStatus): LegacyStatus {
  if (status === 'Success') return 'Finished';
  if (FAILED.has(status)) return 'Failed';
  if (STOPPED.has(status)) return 'Stopped';
  if (status === 'Stopping') return 'Stopping';
  return 'Running';
}
