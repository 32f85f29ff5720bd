import { describe, expect, it } from 'vitest';

import { type PlanBatch, planDispatch, type PlanInput } from './dispatch-plan';

const now = new Date('2026-06-01T00:00:00Z');
const batch = (index: number, overrides: Partial<PlanBatch> = {}): PlanBatch => ({
  id: `b${index}`,
  index,
  status: 'pending',
  instanceCount: 10,
  held: false,
  notBefore: null,
  invocationStatus: null,
  ...overrides,
});
const input = (overrides: Partial<PlanInput>): PlanInput => ({
  now,
  repeatMode: 'Once',
  totalInstances: 40,
  batchSize: 10,
  rate: null,
  batches: [batch(0), batch(1), batch(2), batch(3)],
  failures: 0,
  maxClaim: 10,
  ...overrides,
});

describe('planDispatch', () => {
  it('without rate control takes every waiting batch, lowest first', () => {
    expect(planDispatch(input({}))).toEqual({ kind: 'claim', batchIds: ['b0', 'b1', 'b2', 'b3'] });
    expect(planDispatch(input({ maxClaim: 2 }))).toEqual({ kind: 'claim', batchIds: ['b0', 'b1'] });
  });

  it('keeps the instances in flight within the concurrency; a finished batch frees its room', () => {
    const rate = { concurrency: { kind: 'instances' as const, value: 20 }, errorThreshold: null };
    expect(planDispatch(input({ rate }))).toEqual({ kind: 'claim', batchIds: ['b0', 'b1'] });
    const running = [batch(0, { status: 'sent', invocationStatus: 'Running' }), batch(1, { held: true }), batch(2), batch(3)];
    expect(planDispatch(input({ rate, batches: running }))).toEqual({ kind: 'wait' });
    const finished = [batch(0, { status: 'sent', invocationStatus: 'Success' }), batch(1, { held: true }), batch(2), batch(3)];
    expect(planDispatch(input({ rate, batches: finished }))).toEqual({ kind: 'claim', batchIds: ['b2'] });
  });

  it('counts only sending for a schedule, whose invocations never finish', () => {
    const rate = { concurrency: { kind: 'batches' as const, value: 1 }, errorThreshold: null };
    const scheduled = [batch(0, { status: 'sent', invocationStatus: 'Scheduled' }), batch(1), batch(2)];
    expect(planDispatch(input({ rate, repeatMode: 'Period', batches: scheduled }))).toEqual({ kind: 'claim', batchIds: ['b1'] });
  });

  it('stops sending once the failures pass the threshold, and says why', () => {
    const rate = { concurrency: null, errorThreshold: { kind: 'count' as const, value: 2 } };
    expect(planDispatch(input({ rate, failures: 2 }))).toMatchObject({ kind: 'claim' });
    const halted = planDispatch(input({ rate, failures: 3 }));
    expect(halted).toEqual({ kind: 'halt', reason: 'Error threshold reached: 3 of 40 instances failed, more than the 2 allowed. The last 4 batches were not sent.' });
    const percent = planDispatch(input({ rate: { concurrency: null, errorThreshold: { kind: 'percent', value: 5 } }, failures: 3 }));
    expect(percent).toMatchObject({ kind: 'halt', reason: expect.stringContaining('5% (2 instances)') });
  });

  it('lets a batch that failed for a moment wait out its pause', () => {
    const later = new Date(now.getTime() + 5_000).toISOString();
    expect(planDispatch(input({ batches: [batch(0, { notBefore: later }), batch(1)] }))).toEqual({ kind: 'claim', batchIds: ['b1'] });
  });

  describe('a canary', () => {
    const first = { concurrency: null, errorThreshold: null, pause: 'first' as const };
    const every = { ...first, pause: 'every' as const };

    it('sends only the batches before its pause', () => {
      expect(planDispatch(input({ rate: first }))).toEqual({ kind: 'claim', batchIds: ['b0'] });
      expect(planDispatch(input({ rate: every }))).toEqual({ kind: 'claim', batchIds: ['b0'] });
    });

    it('reaches its pause once a Once batch has finished, not when it was merely sent', () => {
      const running = [batch(0, { status: 'sent', invocationStatus: 'Running' }), batch(1), batch(2), batch(3)];
      expect(planDispatch(input({ rate: first, batches: running }))).toEqual({ kind: 'wait' });
      const unobserved = [batch(0, { status: 'sent' }), batch(1), batch(2), batch(3)];
      expect(planDispatch(input({ rate: first, batches: unobserved }))).toEqual({ kind: 'wait' });
      const finished = [batch(0, { status: 'sent', invocationStatus: 'Failed' }), batch(1), batch(2), batch(3)];
      expect(planDispatch(input({ rate: first, batches: finished }))).toEqual({ kind: 'pause', beforeBatch: 1 });
    });

    it('for a schedule, pauses once the batch was sent', () => {
      const scheduled = [batch(0, { status: 'sent', invocationStatus: 'Scheduled' }), batch(1), batch(2)];
      expect(planDispatch(input({ rate: first, repeatMode: 'Period', batches: scheduled }))).toEqual({ kind: 'pause', beforeBatch: 1 });
    });

    it('waits at a pause already recorded, and sends the rest once a person resumed it', () => {
      const finished = [batch(0, { status: 'sent', invocationStatus: 'Success' }), batch(1), batch(2), batch(3)];
      expect(planDispatch(input({ rate: first, batches: finished, pauses: [{ beforeBatch: 1, resumed: false }] }))).toEqual({ kind: 'wait' });
      expect(planDispatch(input({ rate: first, batches: finished, pauses: [{ beforeBatch: 1, resumed: true }] }))).toEqual({ kind: 'claim', batchIds: ['b1', 'b2', 'b3'] });
    });

    it('pausing after every batch, a resume releases one batch up to the next pause', () => {
      const resumedOnce = [{ beforeBatch: 1, resumed: true }];
      const afterFirst = [batch(0, { status: 'sent', invocationStatus: 'Success' }), batch(1), batch(2), batch(3)];
      expect(planDispatch(input({ rate: every, batches: afterFirst, pauses: resumedOnce }))).toEqual({ kind: 'claim', batchIds: ['b1'] });
      const secondDone = [batch(0, { status: 'sent', invocationStatus: 'Success' }), batch(1, { status: 'sent', invocationStatus: 'Success' }), batch(2), batch(3)];
      expect(planDispatch(input({ rate: every, batches: secondDone, pauses: resumedOnce }))).toEqual({ kind: 'pause', beforeBatch: 2 });
    });

    it('still halts at the error threshold before its pause is reached', () => {
      const rate = { ...first, errorThreshold: { kind: 'count' as const, value: 0 } };
      const finished = [batch(0, { status: 'sent', invocationStatus: 'Failed' }), batch(1), batch(2), batch(3)];
      expect(planDispatch(input({ rate, batches: finished, failures: 1 }))).toMatchObject({ kind: 'halt' });
    });
  });
});
