import { describe, expect, it } from 'vitest';

import { EcsError } from './errors';
import { backoffDelay, retryDelay, type RetryPolicy } from './retry';

const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 200, maxDelayMs: 1_000, maxRetryAfterMs: 5_000 };

const error = (init: { code?: string; status?: number; retryable?: boolean; retryAfterMs?: number } = {}) =>
  new EcsError({
    code: init.code ?? 'ServiceUnavailable',
    status: init.status ?? 503,
    detail: '',
    retryable: init.retryable ?? true,
    ...(init.retryAfterMs !== undefined && { retryAfterMs: init.retryAfterMs }),
    action: 'DescribeInstances',
    region: 'cn-shanghai',
  });

describe('backoffDelay (full jitter, capped)', () => {
  it('waits between 0 and base·2^(n−1), never beyond the cap', () => {
    expect(backoffDelay(1, policy, () => 0)).toBe(0);
    expect(backoffDelay(1, policy, () => 0.999_999)).toBe(199);
    expect(backoffDelay(2, policy, () => 0.999_999)).toBe(399);
    expect(backoffDelay(3, policy, () => 0.999_999)).toBe(799);
    expect(backoffDelay(4, policy, () => 0.999_999)).toBe(999);
    expect(backoffDelay(30, policy, () => 0.999_999)).toBe(999);
  });

  it('spreads callers that failed together', () => {
    const waits = [0.1, 0.5, 0.9].map((roll) => backoffDelay(3, policy, () => roll));
    expect(new Set(waits).size).toBe(3);
  });
});

describe('retryDelay', () => {
  it('retries a transient error until the attempts run out', () => {
    expect(retryDelay(error(), 1, 'transient', policy, () => 0.5)).toBe(100);
    expect(retryDelay(error(), 3, 'transient', policy, () => 0.5)).toBe(400);
    expect(retryDelay(error(), 4, 'transient', policy, () => 0.5)).toBeNull();
  });

  it('never retries an operation that may not be repeated, whatever the error', () => {
    expect(retryDelay(error(), 1, 'never', policy, () => 0.5)).toBeNull();
  });

  it('never retries an error that is not transient', () => {
    const notFound = error({ code: 'InvalidInstance.NotFound', status: 404, retryable: false });
    expect(retryDelay(notFound, 1, 'transient', policy, () => 0.5)).toBeNull();
  });

  it("waits exactly what x-acs-retry-after asks, and gives up when it asks too much", () => {
    expect(retryDelay(error({ code: 'Throttling.User', status: 400, retryAfterMs: 1_234 }), 1, 'transient', policy, () => 0)).toBe(1_234);
    expect(retryDelay(error({ code: 'Throttling.User', status: 400, retryAfterMs: 60_000 }), 1, 'transient', policy, () => 0)).toBeNull();
  });
});
