import { describe, expect, it } from 'vitest';

import { aggregateStatus, isTerminal, statusTone } from './status';

describe('aggregateStatus', () => {
  it('is waiting while anything waits, Running first', () => {
    expect(aggregateStatus(['Success', 'Running', 'Pending'])).toBe('Running');
    expect(aggregateStatus(['Success', 'Scheduled'])).toBe('Scheduled');
    expect(aggregateStatus(['Failed', 'Pending'])).toBe('Pending');
  });
  it('follows Alibaba’s rules once everything is done', () => {
    expect(aggregateStatus(['Success', 'Success'])).toBe('Success');
    expect(aggregateStatus(['Success', 'Cancelled'])).toBe('Success');
    expect(aggregateStatus(['Failed', 'Timeout', 'Invalid', 'Terminated'])).toBe('Failed');
    expect(aggregateStatus(['Cancelled', 'Terminated', 'Stopped'])).toBe('Stopped');
    expect(aggregateStatus(['Success', 'Failed'])).toBe('PartialFailed');
    expect(aggregateStatus(['Success', 'PartialFailed'])).toBe('PartialFailed');
  });
  it('adds up batches that each partly failed to PartialFailed, not Failed', () => {
    expect(aggregateStatus(['PartialFailed', 'PartialFailed'])).toBe('PartialFailed');
    expect(aggregateStatus(['PartialFailed', 'Failed', 'Stopped'])).toBe('PartialFailed');
  });
  it('counts a batch that was never sent as failed', () => {
    expect(aggregateStatus(['Success', 'NotSent'])).toBe('PartialFailed');
  });
});

describe('statusTone and isTerminal', () => {
  it('group statuses the way the badges colour them', () => {
    expect(['Timeout', 'Invalid', 'Aborted', 'Error'].map(statusTone)).toEqual(['failed', 'failed', 'failed', 'failed']);
    expect(isTerminal('Scheduled')).toBe(false);
    expect(isTerminal('Stopping')).toBe(false);
    expect(isTerminal('Terminated')).toBe(true);
  });
});
