import type { InvokeQuota } from '@/lib/invoke/types';

/**
 * The daily InvokeCommand quota is counted per region per UTC day. Counting the calls is a
 * database query elsewhere; these are the pure parts around it.
 */

/** `YYYY-MM-DD` of the UTC day `date` falls in: the key the daily count is grouped by. */
export function utcDayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** When the count starts again: the next 00:00 UTC after `date`. */
export function nextQuotaReset(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 1));
}

export function quotaRemaining(quota: InvokeQuota): number {
  return Math.max(0, quota.limit - quota.used);
}

/** Whether `batches` more calls fit in today's quota. */
export function quotaAllows(quota: InvokeQuota, batches: number): boolean {
  return quota.used + batches <= quota.limit;
}
