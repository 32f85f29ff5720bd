import { describe, expect, it } from 'vitest';

import { resolveInstanceFilter } from '@/components/invoke/instance-picker/resolve-filter';
import { makeInstance, tags } from '@/components/invoke/instance-picker/test-helpers';
import { type PickerEligibility, type PickerInstance } from '@/components/invoke/instance-picker/types';

const fleet = [
  makeInstance({ instanceId: 'i-web1', name: 'web-prod-01', tags: tags('env=prod', 'role=web') }),
  makeInstance({ instanceId: 'i-web2', name: 'web-prod-02', status: 'Stopped', tags: tags('env=prod', 'role=web') }),
  makeInstance({ instanceId: 'i-web3', name: 'web-prod-03', agentOnline: false, tags: tags('env=prod', 'role=web') }),
  makeInstance({ instanceId: 'i-canary', name: 'web-canary', tags: tags('env=prod-canary', 'role=web') }),
  makeInstance({ instanceId: 'i-win1', name: 'iis-prod', osType: 'windows', tags: tags('env=prod', 'role=web') }),
];

/** Running and agent online: enough to tell the two lists apart. */
const eligibility = (instance: PickerInstance): PickerEligibility =>
  instance.status !== 'Running' ? { eligible: false, reason: instance.status } : instance.agentOnline ? { eligible: true } : { eligible: false, reason: 'Agent offline' };

describe('resolveInstanceFilter', () => {
  it('selects the eligible matches and names the others with their reason', () => {
    const resolved = resolveInstanceFilter(fleet, { query: 'env=prod role=web', status: 'all', os: 'linux' }, eligibility);
    expect(resolved.matched).toBe(3);
    expect(resolved.selected).toEqual(['i-web1']);
    expect(resolved.skipped).toEqual([
      { instanceId: 'i-web2', name: 'web-prod-02', reason: 'Stopped' },
      { instanceId: 'i-web3', name: 'web-prod-03', reason: 'Agent offline' },
    ]);
  });

  it('applies the status and OS filters as the picker does', () => {
    expect(resolveInstanceFilter(fleet, { query: 'env=prod', status: 'Running', os: 'all' }, eligibility).selected).toEqual(['i-web1', 'i-win1']);
    expect(resolveInstanceFilter(fleet, { query: '', status: 'Stopped', os: 'all' }, eligibility)).toMatchObject({ matched: 1, selected: [] });
  });

  it('matches nothing when the fleet has nothing like it', () => {
    expect(resolveInstanceFilter(fleet, { query: 'env=staging', status: 'all', os: 'all' }, eligibility)).toEqual({ matched: 0, selected: [], skipped: [] });
  });
});
