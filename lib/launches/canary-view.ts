import { statusTone } from './status';

/** A canary's pause as the launch page shows it: where it held, and who let it go on or stopped it. */
export interface LaunchPauseView {
  /** The batch it held back, 0-based: the batches before it had run. */
  beforeBatch: number;
  reachedAt: string;
  resumedBy: string | null;
  resumedAt: string | null;
  abortedBy: string | null;
  abortedAt: string | null;
}

export interface CanaryResults {
  /** Instances of the batches before the pause. */
  ran: number;
  succeeded: number;
  failed: number;
  /** Instances of batches not sent yet: what Resume would go on with. */
  remaining: number;
}

/**
 * What a person weighs at a pause, from the launch's batches and its instances per status: the
 * batches before it ran (their instances), how they ended, and what is left to send.
 */
export function canaryResults(
  batches: readonly { index: number; instanceCount: number; status: string }[],
  counts: Readonly<Record<string, number>>,
  beforeBatch: number,
): CanaryResults {
  const sum = (list: readonly { instanceCount: number }[]) => list.reduce((total, batch) => total + batch.instanceCount, 0);
  const byTone = (tone: string) => Object.entries(counts).reduce((total, [status, n]) => total + (statusTone(status) === tone ? n : 0), 0);
  return {
    ran: sum(batches.filter((batch) => batch.index < beforeBatch)),
    succeeded: byTone('success'),
    // NotSent counts as failed here as everywhere (the error threshold's rule); partial never is an instance's status.
    failed: byTone('failed'),
    remaining: sum(batches.filter((batch) => batch.status === 'pending')),
  };
}

/** The pause the launch waits at now: reached, neither resumed nor aborted, with batches still to send. */
export function openPauseOf(pauses: readonly LaunchPauseView[], batches: readonly { status: string }[]): LaunchPauseView | null {
  if (!batches.some((batch) => batch.status === 'pending')) return null;
  return pauses.find((pause) => !pause.resumedAt && !pause.abortedAt) ?? null;
}
