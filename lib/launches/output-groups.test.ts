import { describe, expect, it } from 'vitest';

import { groupOutputs, normaliseOutput } from './output-groups';

const web19 = { instanceId: 'i-uf6abc', name: 'web-prod-019', hostName: 'web-prod-019.internal', addresses: ['172.16.0.21'] };
const web20 = { instanceId: 'i-uf6def', name: 'web-prod-020', hostName: 'web-prod-020.internal', addresses: ['172.16.0.22'] };

describe('normaliseOutput', () => {
  it('replaces the instance’s own identifiers, longest first', () => {
    expect(normaliseOutput('Patching web-prod-019.internal (web-prod-019) on 172.16.0.21 as i-uf6abc', web19)).toBe(
      'Patching ‹host› (‹name›) on ‹ip› as ‹instance-id›',
    );
  });
  it('leaves longer words and other addresses alone', () => {
    expect(normaliseOutput('web-prod-0190 172.16.0.210 i-uf6abcd', web19)).toBe('web-prod-0190 172.16.0.210 i-uf6abcd');
  });
});

describe('groupOutputs', () => {
  it('groups outputs that differ only by each host’s identity, keeping real differences apart', () => {
    const identities = new Map([
      [web19.instanceId, web19],
      [web20.instanceId, web20],
      ['i-other', { instanceId: 'i-other', name: 'db-1', hostName: 'db-1.internal', addresses: [] }],
    ]);
    const groups = groupOutputs(
      [
        { instanceId: 'i-uf6abc', output: 'Patching web-prod-019\nE: disk full', dropped: 0, status: 'Failed' },
        { instanceId: 'i-uf6def', output: 'Patching web-prod-020\nE: disk full', dropped: 0, status: 'Failed' },
        { instanceId: 'i-other', output: 'Patching db-1\nok', dropped: 0, status: 'Success' },
      ],
      identities,
    );
    expect(groups.map((group) => [group.instanceIds, group.output])).toEqual([
      [['i-uf6abc', 'i-uf6def'], 'Patching ‹name›\nE: disk full'],
      [['i-other'], 'Patching ‹name›\nok'],
    ]);
  });
});
