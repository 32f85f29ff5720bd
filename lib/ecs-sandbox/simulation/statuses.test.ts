import { describe, expect, it } from 'vitest';
import { aggregateStatus, legacyAggregate, legacyInstance } from './statuses';

describe('aggregate InvocationStatus (reference §3)', () => {
  it.each([
    [['Success', 'Running'], 'Running'],
    [['Success', 'Pending'], 'Pending'],
    [['Scheduled', 'Failed'], 'Scheduled'],
    [['Stopping', 'Cancelled'], 'Stopping'],
    [['Success', 'Success'], 'Success'],
    [['Success', 'Cancelled'], 'Success'],
    [['Failed', 'Timeout', 'Aborted'], 'Failed'],
    [['Failed', 'Cancelled'], 'Failed'],
    [['Cancelled', 'Terminated'], 'Stopped'],
    [['Success', 'Failed'], 'PartialFailed'],
    [['Success', 'Timeout', 'Cancelled'], 'PartialFailed'],
  ] as const)('%j → %s', (statuses, expected) => {
    expect(aggregateStatus(statuses)).toBe(expected);
  });

  it('maps to the legacy statuses', () => {
    expect(legacyAggregate('Success')).toBe('Finished');
    expect(legacyAggregate('Scheduled')).toBe('Running');
    expect(legacyInstance('Timeout')).toBe('Failed');
    expect(legacyInstance('Cancelled')).toBe('Stopped');
    expect(legacyInstance('Pending')).toBe('Running');
  });
});
