import 'server-only';

import type { EcsError } from './errors';

export interface RetryPolicy {
  /** Attempts per call, the first included. 1 = never retry. */
  maxAttempts: number;
  /** The first retry waits up to this long; each later one up to twice as long. */
  baseDelayMs: number;
  /** No backoff wait exceeds this. */
  maxDelayMs: number;
  /** A longer x-acs-retry-after than this is not waited for: the error goes back to the caller. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: Omit<RetryPolicy, 'maxAttempts'> = {
  baseDelayMs: 200,
  maxDelayMs: 5_000,
  maxRetryAfterMs: 20_000,
};

/**
 * Whether an operation may be sent again at all. Reads and StopInvocation are safe to
 * repeat; InvokeCommand only with a ClientToken (Alibaba then answers every attempt with the
 * one InvokeId); RebootInstance never.
 */
export type RetryRule = 'transient' | 'never';

/**
 * Full jitter (a random wait between 0 and the capped exponential step): concurrent callers
 * that were throttled together do not come back together.
 */
export function backoffDelay(retryNumber: number, policy: RetryPolicy, random: () => number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retryNumber - 1));
  return Math.floor(random() * step);
}

/**
 * How long to wait before attempt `attempt + 1`, or null to give up. The server's
 * x-acs-retry-after wins over our backoff; one beyond `maxRetryAfterMs` ends the call.
 */
export function retryDelay(
  error: EcsError,
  attempt: number,
  rule: RetryRule,
  policy: RetryPolicy,
  random: () => number,
): number | null {
  if (rule === 'never' || !error.retryable || attempt >= policy.maxAttempts) return null;
  if (error.retryAfterMs !== undefined) {
    return error.retryAfterMs <= policy.maxRetryAfterMs ? error.retryAfterMs : null;
  }
  return backoffDelay(attempt, policy, random);
}
