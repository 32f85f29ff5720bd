import fc from 'fast-check';
import { expect, it } from 'vitest';

import { type BucketState, BUDGET_TUNING, take, throttle } from '@/lib/ecs/budget-math';

import { type ApiBudgetRow, ensureBudget, findBudget, takeTokens, throttleBudget } from './api-budget';
import { describeEachDatabase } from './test-databases';

const T0 = 1_800_000_000_000;

function state(row: ApiBudgetRow): BucketState {
  return { tokens: row.tokens, refilledAt: row.refilled_at, rate: row.rate, burst: row.burst, factor: row.factor, throttledAt: row.throttled_at };
}

/** One step of a run: time passes, then a take (launch or background) or a Throttling answer. */
const step = fc.record({
  afterMs: fc.integer({ min: 0, max: 3_000 }),
  kind: fc.constantFrom('launch', 'launch', 'background', 'throttle'),
});

describeEachDatabase('the API budget', (db) => {
  let runs = 0;

  it('takes and throttles in SQL exactly as the arithmetic says (any rate, any sequence)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 50 }), fc.array(step, { minLength: 1, maxLength: 25 }), async (rate, steps) => {
        const key = { accountKey: 'property', action: `Run${(runs += 1)}` };
        await ensureBudget(db(), key, { rate, burst: rate }, T0);
        let model: BucketState = { tokens: rate, refilledAt: T0, rate, burst: rate, factor: 1, throttledAt: null };
        let now = T0;
        for (const { afterMs, kind } of steps) {
          now += afterMs;
          if (kind === 'throttle') {
            model = throttle(model, now);
            await throttleBudget(db(), key, now, BUDGET_TUNING);
          } else {
            const reserve = kind === 'background' ? 0.3 : 0;
            const expected = take(model, now, 1, reserve);
            const row = await takeTokens(db(), key, { need: 1, reserve, now }, BUDGET_TUNING);
            expect(Boolean(row)).toBe(Boolean(expected));
            if (expected) model = expected;
          }
          const stored = state((await findBudget(db(), key)) as ApiBudgetRow);
          expect(stored.tokens).toBeCloseTo(model.tokens, 6);
          expect(stored.factor).toBeCloseTo(model.factor, 9);
          expect(stored).toMatchObject({ refilledAt: model.refilledAt, throttledAt: model.throttledAt });
          expect(stored.tokens).toBeGreaterThanOrEqual(-1e-9);
          expect(stored.tokens).toBeLessThanOrEqual(stored.burst);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('never grants more than burst + rate × time over any window, however the takes are spread', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 20 }), fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 5, maxLength: 60 }), async (rate, gaps) => {
        const key = { accountKey: 'window', action: `Run${(runs += 1)}` };
        await ensureBudget(db(), key, { rate, burst: rate }, T0);
        const granted: number[] = [];
        let now = T0;
        for (const gap of gaps) {
          now += gap;
          if (await takeTokens(db(), key, { need: 1, reserve: 0, now }, BUDGET_TUNING)) granted.push(now);
        }
        for (const [i, start] of granted.entries()) {
          for (const [j, end] of granted.entries()) {
            if (j < i) continue;
            expect(j - i + 1).toBeLessThanOrEqual(rate + (rate * (end - start)) / 1000 + 1e-6);
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it('halves the rate once per burst of Throttling answers, never below 0.2/s, and lets it grow back 10 % a minute', async () => {
    const key = { accountKey: 'throttle', action: 'DescribeInstances' };
    await ensureBudget(db(), key, { rate: 2, burst: 2 }, T0);
    await throttleBudget(db(), key, T0, BUDGET_TUNING);
    // Five more replies of the same moment (calls that were in flight together) halve nothing more.
    for (let i = 0; i < 5; i++) await throttleBudget(db(), key, T0 + 100 * i, BUDGET_TUNING);
    expect(await findBudget(db(), key)).toMatchObject({ tokens: 0, factor: 0.5, throttled_at: T0 });
    for (let i = 1; i <= 4; i++) await throttleBudget(db(), key, T0 + 10_000 * i, BUDGET_TUNING);
    // 2/s × 0.1 is the floor of 0.2/s, reached instead of 2/s × 1/32.
    expect((await findBudget(db(), key))?.factor).toBeCloseTo(0.1, 9);
    // Five minutes later the factor is back to 0.1 + 0.5: at 1.2/s a token takes ~0.83 s.
    const later = T0 + 40_000 + 5 * 60_000;
    // The bucket filled up meanwhile (2): empty it.
    for (let i = 0; i < 2; i++) expect(await takeTokens(db(), key, { need: 1, reserve: 0, now: later }, BUDGET_TUNING)).toBeDefined();
    expect(await takeTokens(db(), key, { need: 1, reserve: 0, now: later + 800 }, BUDGET_TUNING)).toBeUndefined();
    expect(await takeTokens(db(), key, { need: 1, reserve: 0, now: later + 850 }, BUDGET_TUNING)).toBeDefined();
  });

  it('keeps a changed configuration, cutting the tokens to the new burst', async () => {
    const key = { accountKey: 'config', action: 'InvokeCommand' };
    await ensureBudget(db(), key, { rate: 10, burst: 10 }, T0);
    await ensureBudget(db(), key, { rate: 10, burst: 10 }, T0 + 5_000);
    expect(await findBudget(db(), key)).toMatchObject({ tokens: 10, refilled_at: T0, rate: 10 });
    await ensureBudget(db(), key, { rate: 3, burst: 3 }, T0 + 6_000);
    expect(await findBudget(db(), key)).toMatchObject({ tokens: 3, rate: 3, burst: 3 });
  });
});
