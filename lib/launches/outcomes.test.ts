import { describe, expect, it } from 'vitest';

import { countOutcomes, outcomeOf, outcomeWords } from './outcomes';

describe('instance outcomes', () => {
  it('sorts every instance status into succeeded, failed, running, scheduled or stopped', () => {
    expect(['Success', 'Failed', 'Timeout', 'Error', 'Invalid', 'Aborted', 'NotSent', 'Running', 'Pending', 'Queued', 'Scheduled', 'Stopping', 'Cancelled', 'Stopped', 'Skipped', 'Terminated'].map(outcomeOf)).toEqual([
      'succeeded', 'failed', 'failed', 'failed', 'failed', 'failed', 'failed', 'running', 'running', 'running', 'scheduled', 'running', 'stopped', 'stopped', 'stopped', 'stopped',
    ]);
  });

  it('adds grouped counts up and says them in words, stopped only when there are some', () => {
    const counts = countOutcomes([{ status: 'Success', count: 117 }, { status: 'Failed', count: 2 }, { status: 'Timeout', count: 1 }]);
    expect(counts).toEqual({ succeeded: 117, failed: 3, running: 0, scheduled: 0, stopped: 0 });
    expect(outcomeWords(counts)).toBe('117 succeeded, 3 failed, 0 running');
    expect(outcomeWords({ succeeded: 1200, failed: 0, running: 4, scheduled: 400, stopped: 2 })).toBe('1,200 succeeded, 0 failed, 4 running, 400 scheduled, 2 stopped');
  });
});
