import { describe, expect, it } from 'vitest';

import { normaliseOutput } from '@/lib/launches/output-groups';

import { restoreIdentity } from './output-identity';

const identity = { instanceId: 'i-uf6abc0001', name: 'web-prod-01', hostName: 'iZuf6abc0001Z', addresses: ['172.16.0.11'] };

describe('an instance’s output from its group', () => {
  it('puts back what grouping replaced, for that instance', () => {
    const output = 'host iZuf6abc0001Z (web-prod-01, 172.16.0.11) is i-uf6abc0001: ok\n';
    expect(restoreIdentity(normaliseOutput(output, identity), identity.instanceId, identity)).toBe(output);
  });

  it('keeps ‹ip› when the instance has several addresses, and puts back only the ID when ECS no longer knows it', () => {
    const two = { ...identity, addresses: ['172.16.0.11', '47.100.1.2'] };
    expect(restoreIdentity('‹ip› of ‹name›', identity.instanceId, two)).toBe('‹ip› of web-prod-01');
    expect(restoreIdentity('‹instance-id› on ‹host›', identity.instanceId, undefined)).toBe('i-uf6abc0001 on ‹host›');
  });
});
