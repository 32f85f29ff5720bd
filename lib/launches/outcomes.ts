import { statusTone } from './status';
import { formatNumber } from '@/lib/format';

/**
 * What became of a launch's instances, in the words the list and the overview use: succeeded,
 * failed, running (or about to), scheduled (a Period instance between runs), stopped (cancelled,
 * skipped, never sent on purpose). Shared by server and browser; the counts come from the
 * stored per-instance states.
 */
export const OUTCOMES = ['succeeded', 'failed', 'running', 'scheduled', 'stopped'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type OutcomeCounts = Record<Outcome, number>;

export const NO_OUTCOMES: OutcomeCounts = { succeeded: 0, failed: 0, running: 0, scheduled: 0, stopped: 0 };

/** The outcome an instance status counts towards. */
export function outcomeOf(status: string): Outcome {
  const tone = statusTone(status);
  if (tone === 'success') return 'succeeded';
  if (tone === 'failed' || tone === 'partial') return 'failed';
  if (tone === 'stopped') return 'stopped';
  if (tone === 'scheduled') return 'scheduled';
  return 'running';
}

/** Add grouped `(status, count)` rows up into outcome counts. */
export function countOutcomes(rows: Iterable<{ status: string; count: number }>): OutcomeCounts {
  const counts = { ...NO_OUTCOMES };
  for (const row of rows) counts[outcomeOf(row.status)] += row.count;
  return counts;
}

export function outcomeTotal(counts: OutcomeCounts): number {
  return counts.succeeded + counts.failed + counts.running + counts.scheduled + counts.stopped;
}

/**
 * The counts as a sentence, for a bar's text alternative: "117 succeeded, 3 failed, 0 running",
 * with the scheduled and stopped ones only when there are some.
 */
export function outcomeWords(counts: OutcomeCounts): string {
  const parts = [`${fmt(counts.succeeded)} succeeded`, `${fmt(counts.failed)} failed`, `${fmt(counts.running)} running`];
  if (counts.scheduled > 0) parts.push(`${fmt(counts.scheduled)} scheduled`);
  if (counts.stopped > 0) parts.push(`${fmt(counts.stopped)} stopped`);
  return parts.join(', ');
}

const fmt = (n: number) => formatNumber(n);
