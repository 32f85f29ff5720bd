/**
 * The token bucket's arithmetic, pure: the rules lib/db/api-budget.ts applies in SQL (one
 * statement per take, so replicas share the bucket), written once more here to compute waits
 * and to be checked against the SQL by property tests. Times are epoch ms.
 */

export interface BucketState {
  tokens: number;
  refilledAt: number;
  /** Tokens per second with no throttling. */
  rate: number;
  burst: number;
  /** The slowdown a Throttling answer set (1 = none); it grows back from throttledAt on. */
  factor: number;
  throttledAt: number | null;
}

export interface BudgetTuning {
  /** The rate never drops below this (per second) however often Alibaba throttles. */
  minRate: number;
  /** The factor regained per minute without a Throttling answer (0.1 = a tenth of the rate). */
  recoveryPerMinute: number;
  /** Throttling answers this close to the last one are the same episode: halved once. */
  episodeMs: number;
}

export const BUDGET_TUNING: BudgetTuning = { minRate: 0.2, recoveryPerMinute: 0.1, episodeMs: 2_000 };

/** The slowdown at `at`: the one set by the last Throttling answer, grown back since. */
export function factorAt(state: BucketState, at: number, tuning: BudgetTuning = BUDGET_TUNING): number {
  if (state.throttledAt === null) return state.factor;
  return Math.min(1, state.factor + (tuning.recoveryPerMinute * Math.max(0, at - state.throttledAt)) / 60_000);
}

/** Tokens per second at `at`, never below the floor (nor above the configured rate). */
export function rateAt(state: BucketState, at: number, tuning: BudgetTuning = BUDGET_TUNING): number {
  return Math.max(Math.min(state.rate, tuning.minRate), state.rate * factorAt(state, at, tuning));
}

/**
 * The tokens at `now`: refilled since refilledAt at the rate of refilledAt (the lower one while
 * the rate grows back, so the bucket never gives more than the rate allows), capped at burst.
 */
export function refilled(state: BucketState, now: number, tuning: BudgetTuning = BUDGET_TUNING): number {
  const elapsed = Math.max(0, now - state.refilledAt);
  return Math.min(state.burst, state.tokens + (elapsed / 1000) * rateAt(state, state.refilledAt, tuning));
}

/** What must stay in the bucket after a take: a share of the burst for background reads, never more than burst − need. */
export function floorFor(state: Pick<BucketState, 'burst'>, need: number, reserve: number): number {
  return Math.max(0, Math.min(reserve * state.burst, state.burst - need));
}

/** Take `need` tokens at `now` unless fewer than `need` + the reserve's floor are there. */
export function take(state: BucketState, now: number, need: number, reserve: number, tuning: BudgetTuning = BUDGET_TUNING): BucketState | null {
  const tokens = refilled(state, now, tuning) - need;
  if (tokens < floorFor(state, need, reserve)) return null;
  return { ...state, tokens, refilledAt: Math.max(state.refilledAt, now) };
}

/** Milliseconds until a take of `need` at `reserve` can succeed (0: now), if nobody else takes meanwhile. */
export function waitMs(state: BucketState, now: number, need: number, reserve: number, tuning: BudgetTuning = BUDGET_TUNING): number {
  const missing = need + floorFor(state, need, reserve) - refilled(state, now, tuning);
  if (missing <= 0) return 0;
  return Math.ceil((missing / rateAt(state, state.refilledAt, tuning)) * 1000);
}

/**
 * A Throttling answer at `now`: the bucket is emptied (Alibaba refuses the rest of that
 * minute) and the rate halved, once per episode, down to the floor.
 */
export function throttle(state: BucketState, now: number, tuning: BudgetTuning = BUDGET_TUNING): BucketState {
  const sameEpisode = state.throttledAt !== null && Math.abs(now - state.throttledAt) < tuning.episodeMs;
  const lowest = Math.min(1, tuning.minRate / state.rate);
  return {
    ...state,
    tokens: 0,
    refilledAt: Math.max(state.refilledAt, now),
    factor: sameEpisode ? state.factor : Math.max(lowest, factorAt(state, now, tuning) / 2),
    throttledAt: sameEpisode ? state.throttledAt : now,
  };
}
