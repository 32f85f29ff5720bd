// Types only from the schemas (rate-control-schema.ts): pages show these words, and zod stays out of the browser.
import type { Concurrency, ErrorThreshold, FirstBatch, PauseOption, RateControl } from '@/lib/invoke/rate-control-schema';

export type { Concurrency, ErrorThreshold, FirstBatch, PauseOption, RateControl } from '@/lib/invoke/rate-control-schema';

export const NO_RATE_CONTROL: RateControl = { concurrency: null, errorThreshold: null };

/** Instances allowed in flight at once for a launch of `total` instances; Infinity when unlimited. */
export function concurrencyLimit(concurrency: Concurrency | null, total: number, batchSize: number): number {
  if (!concurrency) return Number.POSITIVE_INFINITY;
  if (concurrency.kind === 'instances') return concurrency.value;
  if (concurrency.kind === 'batches') return concurrency.value * batchSize;
  return Math.max(1, Math.floor((total * concurrency.value) / 100));
}

/** The most failed instances tolerated: one more stops the launch. Infinity when no threshold. */
export function errorAllowance(threshold: ErrorThreshold | null, total: number): number {
  if (!threshold) return Number.POSITIVE_INFINITY;
  return threshold.kind === 'count' ? threshold.value : Math.floor((total * threshold.value) / 100);
}

/** "10 instances at a time", "1 batch at a time", "25% of instances at a time". */
export function describeConcurrency(c: Concurrency): string {
  if (c.kind === 'percent') return `${c.value}% of instances at a time`;
  const unit = c.kind === 'batches' ? (c.value === 1 ? 'batch' : 'batches') : c.value === 1 ? 'instance' : 'instances';
  return `${c.value} ${unit} at a time`;
}

/**
 * "10 instances at a time; stop after 2 failed; pause after the first batch of 5 instances (4%)
 * for a person to resume" — as the form, the launch page and the audit log say it. `total`
 * (the launch's instances) turns a percentage into instances where it is known.
 */
export function describeRateControl(rate: RateControl | null | undefined, total?: number): string {
  const canary = rate ? describeCanary(rate, total) : null;
  if (!rate || (!rate.concurrency && !rate.errorThreshold && !canary)) return 'All batches at once, no error threshold';
  const parts: string[] = [];
  parts.push(rate.concurrency ? describeConcurrency(rate.concurrency) : 'all batches at once');
  const e = rate.errorThreshold;
  if (e) parts.push(e.kind === 'percent' ? `stop when over ${e.value}% fail` : e.value === 0 ? 'stop at the first failure' : `stop when over ${e.value} fail`);
  if (canary) parts.push(canary.charAt(0).toLowerCase() + canary.slice(1));
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether a rate control asks for anything (else the draft carries none, as before rate control existed). */
export function hasRateControl(rate: RateControl | null | undefined): boolean {
  return !!rate && (!!rate.concurrency || !!rate.errorThreshold || pauseOf(rate) !== 'none' || !!rate.firstBatch);
}

/** The launch's pause option; absent in launches recorded before canaries: none. */
export function pauseOf(rate: RateControl | null | undefined): PauseOption {
  return rate?.pause ?? 'none';
}

/** Instances in a canary's first batch of a launch of `total`: at least 1, at most the launch; null without one. */
export function firstBatchSize(first: FirstBatch | null | undefined, total: number): number | null {
  if (!first) return null;
  const size = first.kind === 'instances' ? first.value : Math.floor((total * first.value) / 100);
  return Math.max(1, Math.min(total, size));
}

/**
 * The batch indexes a launch of `batches` batches waits before for a person: before the second
 * batch (after the first), or before every batch but the first. None with a single batch.
 */
export function pausePoints(rate: RateControl | null | undefined, batches: number): number[] {
  const pause = pauseOf(rate);
  if (pause === 'none' || batches < 2) return [];
  return pause === 'first' ? [1] : Array.from({ length: batches - 1 }, (_, i) => i + 1);
}

/** "5 instances (4%)", "10% of instances" when the launch's size is not known. */
export function describeFirstBatch(first: FirstBatch, total?: number): string {
  if (total === undefined || total < 1) return first.kind === 'percent' ? `${first.value}% of instances` : `${first.value} ${first.value === 1 ? 'instance' : 'instances'}`;
  const size = firstBatchSize(first, total) ?? 0;
  const share = Math.round((size * 100) / total);
  return `${size} ${size === 1 ? 'instance' : 'instances'} (${share < 1 ? '<1' : share}%)`;
}

/** "Pause after the first batch of 5 instances (4%) for a person to resume"; null when the launch neither pauses nor cuts its first batch. */
export function describeCanary(rate: RateControl, total?: number): string | null {
  const pause = pauseOf(rate);
  const first = rate.firstBatch ? `a first batch of ${describeFirstBatch(rate.firstBatch, total)}` : null;
  if (pause === 'first') return `Pause after the first batch${rate.firstBatch ? ` of ${describeFirstBatch(rate.firstBatch, total)}` : ''} for a person to resume`;
  if (pause === 'every') return `Pause after every batch for a person to resume${first ? `, ${first}` : ''}`;
  return first ? `Send ${first} before the rest` : null;
}

/**
 * The limits a launch is batched with: no batch holds more instances than its concurrency lets
 * run at once (so one always fits), and none more than an InvokeCommand call takes.
 */
export function batchingLimits<L extends { instancesPerCall: number }>(limits: L, rate: RateControl | null | undefined, totalInstances: number): L & { firstBatchSize?: number } {
  const perCall = Math.min(limits.instancesPerCall, concurrencyLimit(rate?.concurrency ?? null, totalInstances, limits.instancesPerCall));
  const capped = perCall === limits.instancesPerCall ? limits : { ...limits, instancesPerCall: Math.max(1, perCall) };
  // A canary's first batch is cut to its own size; the rest are batched as before (batches.ts).
  const first = firstBatchSize(rate?.firstBatch, totalInstances);
  return first === null ? capped : { ...capped, firstBatchSize: first };
}
