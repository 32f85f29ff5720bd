import { describe, expect, it } from 'vitest';

import { matchesSearch, matchesStatus, parseInstanceFilters, statusesOf, statusFilterLabel, withInstanceFilters } from './instance-filters';
import { isUnsuccessful, UNSUCCESSFUL_STATUSES } from './status';

describe('Not successful', () => {
  it('gathers every status that is not a success, Cloud Assistant’s and ours', () => {
    for (const status of ['Failed', 'Timeout', 'Error', 'Cancelled', 'Terminated', 'Invalid', 'Aborted', 'Stopped', 'NotSent', 'Skipped', 'Ineligible']) {
      expect(isUnsuccessful(status), status).toBe(true);
    }
  });
  it('leaves out successes and what is still going', () => {
    for (const status of ['Success', 'Finished', 'Running', 'Pending', 'Scheduled', 'Stopping', 'Queued', 'Sending']) {
      expect(isUnsuccessful(status), status).toBe(false);
    }
  });
  it('is the status list the grouped outputs are narrowed to', () => {
    expect(statusesOf({ kind: 'unsuccessful' })).toEqual(UNSUCCESSFUL_STATUSES);
    expect(statusesOf({ kind: 'status', status: 'Failed' })).toEqual(['Failed']);
    expect(statusesOf({ kind: 'all' })).toBeNull();
  });
});

describe('instance filters in the URL', () => {
  it('reads a status, the Not successful chip, a search and the grouped view', () => {
    expect(parseInstanceFilters(new URLSearchParams('status=not-successful&q=web-prod&view=grouped'))).toEqual({ status: { kind: 'unsuccessful' }, query: 'web-prod', grouped: true });
    expect(parseInstanceFilters(new URLSearchParams('status=Timeout'))).toEqual({ status: { kind: 'status', status: 'Timeout' }, query: '', grouped: false });
  });
  it('ignores what is not a status and views it does not know', () => {
    expect(parseInstanceFilters(new URLSearchParams('status=%3Cscript%3E&view=table'))).toEqual({ status: { kind: 'all' }, query: '', grouped: false });
    expect(parseInstanceFilters(new URLSearchParams(''))).toEqual({ status: { kind: 'all' }, query: '', grouped: false });
  });
  it('writes changes, keeps the page’s other parameters and leaves defaults out', () => {
    expect(withInstanceFilters('region=cn-shanghai', { status: { kind: 'unsuccessful' } })).toBe('?region=cn-shanghai&status=not-successful');
    expect(withInstanceFilters('status=Failed&q=web', { grouped: true })).toBe('?status=Failed&q=web&view=grouped');
    expect(withInstanceFilters('status=Failed&q=web&view=grouped', { status: { kind: 'all' }, query: '  ', grouped: false })).toBe('');
  });
  it('round-trips: what it writes reads back the same', () => {
    const filters = { status: { kind: 'status', status: 'Cancelled' } as const, query: 'disk full', grouped: true };
    expect(parseInstanceFilters(new URLSearchParams(withInstanceFilters('', filters).slice(1)))).toEqual(filters);
  });
  it('words the filter for headings', () => {
    expect(statusFilterLabel({ kind: 'unsuccessful' })).toBe('Not successful');
    expect(statusFilterLabel({ kind: 'status', status: 'Failed' })).toBe('Failed');
    expect(statusFilterLabel({ kind: 'all' })).toBeNull();
  });
});

describe('matching', () => {
  const failed = { instanceId: 'i-uf6abc', status: 'Failed', errorCode: 'ExitCodeNonzero', errorInfo: 'The command process exited with a non-zero exit code (1).' };
  it('matches a status, or every unsuccessful one', () => {
    expect(matchesStatus({ kind: 'status', status: 'Failed' }, 'Failed')).toBe(true);
    expect(matchesStatus({ kind: 'status', status: 'Failed' }, 'Timeout')).toBe(false);
    expect(matchesStatus({ kind: 'unsuccessful' }, 'Timeout')).toBe(true);
    expect(matchesStatus({ kind: 'unsuccessful' }, 'Success')).toBe(false);
    expect(matchesStatus({ kind: 'all' }, 'Success')).toBe(true);
  });
  it('searches ID, name, addresses and the error, every word, case aside', () => {
    const host = { name: 'web-prod-019', addresses: ['10.0.1.19', '47.100.1.19'] };
    expect(matchesSearch(failed, 'I-UF6', host)).toBe(true);
    expect(matchesSearch(failed, 'web-prod-019', host)).toBe(true);
    expect(matchesSearch(failed, '47.100.1.19', host)).toBe(true);
    expect(matchesSearch(failed, 'exitcodenonzero', host)).toBe(true);
    expect(matchesSearch(failed, 'web-prod non-zero', host)).toBe(true);
    expect(matchesSearch(failed, 'web-prod timeout', host)).toBe(false);
    expect(matchesSearch(failed, 'web-prod-019')).toBe(false);
    expect(matchesSearch(failed, '   ')).toBe(true);
  });
});
