/**
 * Cloud Assistant statuses and how they add up, shared by server and browser.
 * Per-instance statuses (reference §3): Pending, Invalid, Aborted, Running, Success, Failed,
 * Error, Timeout, Cancelled, Stopping, Terminated, Scheduled.
 */

export type StatusTone = 'pending' | 'running' | 'scheduled' | 'success' | 'failed' | 'stopped' | 'partial';

const TONES: Record<string, StatusTone> = {
  Pending: 'pending',
  Queued: 'pending',
  Sending: 'pending',
  Running: 'running',
  Stopping: 'running',
  Scheduled: 'scheduled',
  Success: 'success',
  Finished: 'success',
  Failed: 'failed',
  Invalid: 'failed',
  Aborted: 'failed',
  Error: 'failed',
  Timeout: 'failed',
  NotSent: 'failed',
  PartialFailed: 'partial',
  Stopped: 'stopped',
  Cancelled: 'stopped',
  Terminated: 'stopped',
  Expired: 'stopped',
  // Ours: never sent (the error threshold or a stop held it back; found ineligible just before sending).
  Skipped: 'stopped',
  Ineligible: 'stopped',
};

/** The statuses an instance ends in when its run failed (or its batch could not be sent): what the error threshold counts. */
export const FAILED_STATUSES: readonly string[] = Object.entries(TONES).flatMap(([status, tone]) => (tone === 'failed' ? [status] : []));

/**
 * Everything an instance ends in without succeeding: failed, timed out, stopped or cancelled,
 * never sent. The "Not successful" filter gathers these, whatever Alibaba called each.
 */
export const UNSUCCESSFUL_STATUSES: readonly string[] = Object.entries(TONES).flatMap(([status, tone]) => (tone === 'failed' || tone === 'stopped' || tone === 'partial' ? [status] : []));

export function isUnsuccessful(status: string): boolean {
  return UNSUCCESSFUL_STATUSES.includes(status);
}

export function statusTone(status: string): StatusTone {
  return TONES[status] ?? 'pending';
}

/** A status that will not change again by itself. */
export function isTerminal(status: string): boolean {
  const tone = statusTone(status);
  return tone === 'success' || tone === 'failed' || tone === 'stopped' || tone === 'partial';
}

/**
 * The aggregate of several statuses (instances of one invocation, or invocations of one
 * launch), by Alibaba's rules for InvocationStatus: any Pending/Scheduled/Running/Stopping
 * wins; any PartialFailed (a batch with both) makes PartialFailed; then all Success (or
 * Stopped with one Success) is Success; all failed-or-stopped is Failed; all stopped is
 * Stopped; a mix of success with failures is PartialFailed.
 */
export function aggregateStatus(statuses: readonly string[]): string {
  if (statuses.length === 0) return 'Pending';
  for (const waiting of ['Running', 'Stopping', 'Pending', 'Scheduled'] as const) {
    if (statuses.some((status) => status === waiting || (waiting === 'Pending' && (status === 'Sending' || status === 'Queued')))) return waiting;
  }
  const tones = statuses.map(statusTone);
  // A batch that partly failed had successes of its own: batches of a launch add up to a mix.
  if (tones.includes('partial')) return 'PartialFailed';
  const successes = tones.filter((tone) => tone === 'success').length;
  const failures = tones.filter((tone) => tone === 'failed').length;
  const stopped = tones.filter((tone) => tone === 'stopped').length;
  if (failures === 0 && successes > 0) return 'Success';
  if (successes === 0 && failures > 0) return 'Failed';
  if (successes === 0 && failures === 0 && stopped > 0) return 'Stopped';
  return 'PartialFailed';
}
