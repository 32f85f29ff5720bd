// Types only from the schemas (rate-control-schema.ts): pages show these words, and zod stays out of the browser.
import type { Concurrency, ErrorThreshold, RateControl } from '@/lib/invoke/rate-control-schema';

export type { Concurrency, ErrorThreshold, RateControl } from '@/lib/invoke/rate-control-schema';

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

/** "10 instances at a time; stop after 2 failed" — as the form, the launch page and the audit log say it. */
export function describeRateControl(rate: RateControl | null | undefined): string {
  if (!rate || (!rate.concurrency && !rate.errorThreshold)) return 'All batches at once, no error threshold';
  const parts: string[] = [];
  parts.push(rate.concurrency ? describeConcurrency(rate.concurrency) : 'all batches at once');
  const e = rate.errorThreshold;
  if (e) parts.push(e.kind === 'percent' ? `stop when over ${e.value}% fail` : e.value === 0 ? 'stop at the first failure' : `stop when over ${e.value} fail`);
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The limits a launch is batched with: no batch holds more instances than its concurrency lets
 * run at once (so one always fits), and none more than an InvokeCommand call takes.
 */
export function batchingLimits<L extends { instancesPerCall: number }>(limits: L, rate: RateControl | null | undefined, totalInstances: number): L {
  const perCall = Math.min(limits.instancesPerCall, concurrencyLimit(rate?.concurrency ?? null, totalInstances, limits.instancesPerCall));
  return perCall === limits.instancesPerCall ? limits : { ...limits, instancesPerCall: Math.max(1, perCall) };
}
