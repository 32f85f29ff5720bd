import 'server-only';

import { createHash } from 'node:crypto';

import { type ApiBudgetRow, ensureBudget, findBudget, takeTokens, throttleBudget } from '@/lib/db/api-budget';
import { type Db } from '@/lib/db/client';
import { observeBudget, observeBudgetWait } from '@/lib/observability/metrics';

import { type ApiRates, burstFor, rateFor } from './budget-config';
import { BUDGET_TUNING, type BucketState, rateAt, refilled, waitMs } from './budget-math';
import { type EcsPriority } from './budget-priority';
import { type EcsAction, EcsError } from './errors';
import type { EcsLogger } from './options';

/** What the transport asks of a budget: a token before each attempt, and word of a Throttling answer. */
export interface EcsBudget {
  take(action: EcsAction, priority: EcsPriority, region: string): Promise<void>;
  throttled(action: EcsAction): Promise<void>;
}

export interface EcsBudgetOptions {
  /** The database the buckets live in (every replica the same), or how to get it. */
  db: Db | (() => Promise<Db>);
  /** accountKeyFor(…): Alibaba counts calls per account. */
  accountKey: string;
  /** ECS_API_RATE as parsed; actions not named take the defaults. */
  rates?: ApiRates;
  /** The share of the bucket background reads leave for launches. */
  reserve?: number;
  /** The longest a call waits for a token; past it the call fails (retryable) instead. */
  maxWaitMs?: number;
  logger?: EcsLogger | null;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** Alibaba's flow control is per account: one key per access key ID (hashed: the ID itself is not stored). */
export function accountKeyFor(accessKeyId: string | null | undefined): string {
  if (!accessKeyId) return 'default';
  return `ak-${createHash('sha256').update(accessKeyId).digest('hex').slice(0, 16)}`;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The ECS API's rate budget, one token bucket per account and action in the database, so
 * every replica spends the same budget. A call without a token waits (until the next one is
 * due, at most `maxWaitMs`) instead of being sent to be refused. Should the database fail, calls
 * go through unbudgeted (logged): the budget protects ECS, it must not take the app down.
 */
export function createEcsBudget(options: EcsBudgetOptions): EcsBudget {
  const { accountKey, rates = {}, reserve = 0.3, maxWaitMs = 20_000, logger = null } = options;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const getDb = typeof options.db === 'function' ? options.db : () => Promise.resolve(options.db as Db);
  const ensured = new Set<string>();
  let lastFailureLog = 0;

  const ensure = async (db: Db, action: string): Promise<void> => {
    if (ensured.has(action)) return;
    const rate = rateFor(action, rates);
    await ensureBudget(db, { accountKey, action }, { rate, burst: burstFor(rate) }, now());
    ensured.add(action);
  };

  const failOpen = (action: string, error: unknown): void => {
    if (now() - lastFailureLog < 60_000) return;
    lastFailureLog = now();
    logger?.warn('ecs budget unavailable', { action, error: error instanceof Error ? error.name : 'unknown' });
  };

  const seen = (row: ApiBudgetRow | undefined, at: number): void => {
    if (row) observeBudget(row.action, refilled(toState(row), at), rateAt(toState(row), at));
  };

  const take = async (action: EcsAction, priority: EcsPriority, region: string): Promise<void> => {
    const share = priority === 'background' ? reserve : 0;
    const started = now();
    let slept = false;
    let db: Db;
    try {
      db = await getDb();
      await ensure(db, action);
    } catch (error) {
      return failOpen(action, error);
    }
    for (;;) {
      let row: ApiBudgetRow | undefined;
      let wait: number;
      try {
        row = await takeTokens(db, { accountKey, action }, { need: 1, reserve: share, now: now() }, BUDGET_TUNING);
        if (row) {
          seen(row, now());
          if (slept) observeBudgetWait(action, priority, (now() - started) / 1000);
          return;
        }
        const current = await findBudget(db, { accountKey, action });
        if (!current) {
          ensured.delete(action);
          await ensure(db, action);
          continue;
        }
        seen(current, now());
        wait = waitMs(toState(current), now(), 1, share);
      } catch (error) {
        return failOpen(action, error);
      }
      if (now() - started + wait > maxWaitMs) {
        observeBudgetWait(action, priority, (now() - started) / 1000, true);
        throw new EcsError({
          code: 'ApiBudgetExhausted',
          status: 429,
          detail: `no ${action} call free within ${Math.round(maxWaitMs / 1000)} s of this deployment's API budget`,
          retryable: true,
          action,
          region,
        });
      }
      // A little jitter, so replicas waiting for the same token do not all ask at once.
      slept = true;
      await sleep(Math.max(1, wait) + Math.floor(random() * Math.min(50, 1 + wait / 4)));
    }
  };

  const throttled = async (action: EcsAction): Promise<void> => {
    try {
      const db = await getDb();
      await ensure(db, action);
      seen(await throttleBudget(db, { accountKey, action }, now(), BUDGET_TUNING), now());
    } catch (error) {
      failOpen(action, error);
    }
  };

  return { take, throttled };
}

export function toState(row: ApiBudgetRow): BucketState {
  return { tokens: row.tokens, refilledAt: row.refilled_at, rate: row.rate, burst: row.burst, factor: row.factor, throttledAt: row.throttled_at };
}
