import { describe, expect, it } from 'vitest';

import { finishKind } from './events';

describe('which end a launch came to', () => {
  const ended = { stoppedAt: null, haltReason: null };
  it('names all Success, failures, a stop, the error threshold and an approval that expired', () => {
    expect(finishKind({ ...ended, status: 'Success' })).toBe('launch.succeeded');
    expect(finishKind({ ...ended, status: 'PartialFailed' })).toBe('launch.failed');
    expect(finishKind({ ...ended, status: 'Failed' })).toBe('launch.failed');
    expect(finishKind({ ...ended, status: 'Stopped' })).toBe('launch.stopped');
    // An operator's stop wins over the halt it leaves behind.
    expect(finishKind({ status: 'Stopped', stoppedAt: '2030-05-01T10:00:00Z', haltReason: 'Stopped by priya' })).toBe('launch.stopped');
    expect(finishKind({ ...ended, status: 'PartialFailed', haltReason: 'Error threshold: 3 failed' })).toBe('launch.halted');
    expect(finishKind({ ...ended, status: 'Stopped', haltReason: 'Not approved within 24 hours', approvalState: 'expired' })).toBe('launch.rejected');
  });
});
