import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { batchCount, planBatches } from '@/lib/invoke/batches';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';
import { batchingLimits, describeCanary, describeRateControl, firstBatchSize, pausePoints, type RateControl } from '@/lib/invoke/rate-control';
import { rateControlSchema } from '@/lib/invoke/rate-control-schema';
import { canaryRules } from '@/lib/invoke/rules-canary';
import { emptyDraft, invokeDraftSchema } from '@/lib/invoke/draft';

const ids = (count: number) => Array.from({ length: count }, (_, i) => `i-${String(i + 1).padStart(4, '0')}`);
const launchId = '7f9c2e1a-4b3d-4c5e-8f6a-0123456789ab';
const canary = (over: Partial<RateControl> = {}): RateControl => ({ concurrency: null, errorThreshold: null, pause: 'first', firstBatch: { kind: 'instances', value: 5 }, ...over });

describe('a canary first batch', () => {
  it('cuts the first batch to its size and batches the rest as before', () => {
    const batches = planBatches(ids(120), launchId, batchingLimits(DEFAULT_LIMITS, canary(), 120));
    expect(batches.map((batch) => batch.instanceIds.length)).toEqual([5, 50, 50, 15]);
    expect(batchCount(120, batchingLimits(DEFAULT_LIMITS, canary(), 120))).toBe(4);
  });

  it('turns a percentage of the launch into instances, at least one', () => {
    expect(firstBatchSize({ kind: 'percent', value: 10 }, 120)).toBe(12);
    expect(firstBatchSize({ kind: 'percent', value: 1 }, 12)).toBe(1);
    expect(firstBatchSize({ kind: 'instances', value: 500 }, 12)).toBe(12);
    expect(firstBatchSize(null, 12)).toBeNull();
  });

  it('keeps every instance exactly once, in order, whatever the sizes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 120 }), fc.constantFrom<'instances' | 'percent'>('instances', 'percent'), (total, perCall, value, kind) => {
        const rate = canary({ firstBatch: { kind, value: kind === 'percent' ? Math.min(value, 100) : value } });
        const limits = batchingLimits({ ...DEFAULT_LIMITS, instancesPerCall: perCall }, rate, total);
        const batches = planBatches(ids(total), launchId, limits);
        expect(batches.flatMap((batch) => batch.instanceIds)).toEqual(ids(total));
        expect(batches).toHaveLength(batchCount(total, limits));
        expect(batches.every((batch) => batch.instanceIds.length >= 1 && batch.instanceIds.length <= perCall)).toBe(true);
        const first = Math.min(firstBatchSize(rate.firstBatch, total) ?? total, perCall, total);
        expect(batches[0]?.instanceIds).toHaveLength(first);
      }),
    );
  });
});

describe('where a canary pauses', () => {
  it('pauses before the second batch, before every later batch, or never', () => {
    expect(pausePoints(canary(), 4)).toEqual([1]);
    expect(pausePoints(canary({ pause: 'every' }), 4)).toEqual([1, 2, 3]);
    expect(pausePoints(canary({ pause: 'none' }), 4)).toEqual([]);
    expect(pausePoints({ concurrency: null, errorThreshold: null }, 4)).toEqual([]);
    expect(pausePoints(canary(), 1)).toEqual([]);
  });

  it('says itself in words, with the first batch as instances and a share of the launch', () => {
    expect(describeCanary(canary(), 120)).toBe('Pause after the first batch of 5 instances (4%) for a person to resume');
    expect(describeCanary(canary({ pause: 'every', firstBatch: { kind: 'percent', value: 10 } }))).toBe('Pause after every batch for a person to resume, a first batch of 10% of instances');
    expect(describeCanary(canary({ pause: 'none' }), 120)).toBe('Send a first batch of 5 instances (4%) before the rest');
    expect(describeRateControl(canary({ errorThreshold: { kind: 'count', value: 0 } }), 120)).toBe('All batches at once; stop at the first failure; pause after the first batch of 5 instances (4%) for a person to resume');
    expect(describeRateControl({ concurrency: null, errorThreshold: null, pause: 'none', firstBatch: null })).toBe('All batches at once, no error threshold');
  });
});

describe('canary rules', () => {
  const limits = { limits: DEFAULT_LIMITS };
  const draft = (count: number, rateControl: RateControl, tags = false) => ({ ...emptyDraft(), instanceIds: tags ? [] : ids(count), ...(tags && { resourceTags: [{ key: 'env', value: 'prod' }] }), rateControl });
  const messages = (issues: { message: string }[]) => issues.map((issue) => issue.message);

  it('names the field: a percentage over 100, a first batch larger than the launch', () => {
    const bad = rateControlSchema.safeParse(canary({ firstBatch: { kind: 'percent', value: 150 } }));
    expect(bad.error?.issues.map((issue) => issue.message)).toEqual(['First batch: a percentage is at most 100.']);
    expect(messages(canaryRules(draft(12, canary({ firstBatch: { kind: 'instances', value: 20 } })), limits))).toContain("First batch: 20 instances is more than the launch's 12. Choose at most 12.");
  });

  it('refuses a pause with nothing after it, and a canary on a tag target', () => {
    expect(messages(canaryRules(draft(12, canary({ firstBatch: null })), limits))).toEqual([
      'Pause: this launch is one batch of 12 instances, so nothing is left to pause for. Make the first batch smaller, or choose no pause.',
    ]);
    expect(canaryRules(draft(12, canary({ firstBatch: { kind: 'instances', value: 2 } })), limits)).toEqual([]);
    expect(messages(canaryRules(draft(0, canary(), true), limits))[0]).toMatch(/^Canary: a tag target is sent as one call/);
    expect(canaryRules(draft(12, { concurrency: null, errorThreshold: null }), limits)).toEqual([]);
  });

  it('keeps the canary in a draft, as presets, form links and Run again carry it', () => {
    const rateControl = canary({ pause: 'every', firstBatch: { kind: 'percent', value: 10 } });
    const kept = invokeDraftSchema.parse(JSON.parse(JSON.stringify({ ...emptyDraft('cn-shanghai'), instanceIds: ids(3), rateControl })));
    expect(kept.rateControl).toEqual(rateControl);
  });

  it('reads a rate control recorded before canaries as no pause', () => {
    const old = rateControlSchema.parse({ concurrency: { kind: 'instances', value: 10 }, errorThreshold: null });
    expect(pausePoints(old, 5)).toEqual([]);
    expect(old).toEqual({ concurrency: { kind: 'instances', value: 10 }, errorThreshold: null });
  });
});
