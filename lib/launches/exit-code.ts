import { type InstanceSnapshot } from './snapshot';

/**
 * What an instance's exit code means. Alibaba answers ExitCode 0 for an instance whose
 * command never started (Pending, Cancelled before its start, Aborted because the host was
 * down), so the number is shown only once the command has run and ended.
 */
export type ExitCodeView = { kind: 'code'; code: number } | { kind: 'did-not-run' } | { kind: 'not-finished' } | { kind: 'unknown' };

/**
 * Statuses in which the command never started on the instance, whatever the times say:
 * waiting, refused (Invalid), not deliverable (Aborted), cancelled before its start, an
 * agent exception before the script (Error), or never sent by us.
 */
const NEVER_STARTED = new Set(['Pending', 'Scheduled', 'Queued', 'Sending', 'Invalid', 'Aborted', 'Cancelled', 'Error', 'NotSent', 'Skipped', 'Ineligible', 'Expired']);
/** Still going: an exit code would be a placeholder. */
const UNDER_WAY = new Set(['Running', 'Stopping']);

type Run = Pick<InstanceSnapshot, 'status' | 'exitCode' | 'startTime'>;

export function exitCodeView({ status, exitCode, startTime }: Run): ExitCodeView {
  if (NEVER_STARTED.has(status) || !startTime) return UNDER_WAY.has(status) ? { kind: 'not-finished' } : { kind: 'did-not-run' };
  if (UNDER_WAY.has(status)) return { kind: 'not-finished' };
  return exitCode === null ? { kind: 'unknown' } : { kind: 'code', code: exitCode };
}

/** Did the command run on the instance at all? */
export function ranOnInstance(run: Run): boolean {
  const view = exitCodeView(run);
  return view.kind !== 'did-not-run';
}

/** How long a finished run took, in milliseconds; null when it did not start or has not ended. */
export function runDuration({ startTime, finishTime }: Pick<InstanceSnapshot, 'startTime' | 'finishTime'>): number | null {
  if (!startTime || !finishTime) return null;
  const ms = Date.parse(finishTime) - Date.parse(startTime);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

/** "850 ms", "4.2 s", "1 min 05 s", "2 h 03 min". */
export function formatElapsed(ms: number): string {
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1_000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  const seconds = Math.round(ms / 1_000);
  if (seconds < 3_600) return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
  const minutes = Math.round(seconds / 60);
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
