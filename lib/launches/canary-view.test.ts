import { describe, expect, it } from 'vitest';

import { auditWords } from '@/lib/audit/wording';

import { canaryResults, openPauseOf } from './canary-view';

const batches = [
  { index: 0, instanceCount: 5, status: 'sent' },
  { index: 1, instanceCount: 50, status: 'pending' },
  { index: 2, instanceCount: 65, status: 'pending' },
];
const pause = { beforeBatch: 1, reachedAt: '2026-06-01T14:00:00.000Z', resumedBy: null, resumedAt: null, abortedBy: null, abortedAt: null };

describe('a canary at its pause', () => {
  it('counts what ran before it, how it ended, and what is left to send', () => {
    expect(canaryResults(batches, { Success: 4, Failed: 1, Queued: 115 }, 1)).toEqual({ ran: 5, succeeded: 4, failed: 1, remaining: 115 });
  });

  it('waits only while batches are left and nobody resumed or aborted it', () => {
    expect(openPauseOf([pause], batches)).toBe(pause);
    expect(openPauseOf([{ ...pause, resumedBy: 'marco', resumedAt: '2026-06-01T14:02:00.000Z' }], batches)).toBeNull();
    // Stopped while paused: nothing is pending any more, so it no longer waits.
    expect(openPauseOf([pause], batches.map((batch) => ({ ...batch, status: batch.status === 'pending' ? 'skipped' : batch.status })))).toBeNull();
  });

  it('reads in the audit log with its results', () => {
    const detail = JSON.stringify({ afterBatch: 1, ran: 5, succeeded: 5, failed: 0, remaining: 115 });
    expect(auditWords({ action: 'launch.resume', actorUsername: 'marco', target: 'L1', detail })).toEqual({ actor: 'marco', verb: 'resumed launch', target: 'L1', note: 'after batch 1: 5 ran, 5 succeeded, 0 failed; 115 left' });
    const aborted = JSON.stringify({ afterBatch: 1, batchesNotSent: 2, ran: 5, succeeded: 3, failed: 2, remaining: 115 });
    expect(auditWords({ action: 'launch.abort', actorUsername: 'marco', target: 'L1', detail: aborted }).note).toBe('after batch 1: 5 ran, 3 succeeded, 2 failed; 115 not sent');
  });
});
