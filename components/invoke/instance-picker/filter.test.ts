import { describe, expect, it } from 'vitest';

import { filterInstances, NO_FILTERS, type PickerFilters, statusCounts } from '@/components/invoke/instance-picker/filter';
import { buildSearchIndex } from '@/components/invoke/instance-picker/search-index';
import { compileQuery } from '@/components/invoke/instance-picker/search-query';
import { makeInstance, tags } from '@/components/invoke/instance-picker/test-helpers';

const fleet = [
  makeInstance({ instanceId: 'i-web1', name: 'web-prod-01', privateIp: '10.1.0.11', tags: tags('env=prod', 'role=web') }),
  makeInstance({ instanceId: 'i-web2', name: 'web-prod-02', privateIp: '10.1.0.12', status: 'Stopped', tags: tags('env=prod', 'role=web') }),
  makeInstance({ instanceId: 'i-canary', name: 'web-canary', privateIp: '10.1.9.10', tags: tags('env=prod-canary', 'role=web') }),
  makeInstance({ instanceId: 'i-api1', name: 'api-prod-01', hostName: 'API-01.Shanghai.internal', publicIp: '47.100.2.3', tags: tags('env=prod', 'role=api') }),
  makeInstance({ instanceId: 'i-win1', name: 'iis-staging', osType: 'windows', osName: 'Windows Server 2022', tags: tags('env=staging', 'role=web') }),
];
const entries = buildSearchIndex(fleet);
const everyoneEligible = fleet.map(() => true);

function ids(query: string, filters: PickerFilters = NO_FILTERS, eligible: boolean[] = everyoneEligible): string[] {
  return filterInstances(fleet, entries, eligible, compileQuery(query), filters).map((index) => fleet[index]?.instanceId ?? '');
}

describe('filterInstances: search', () => {
  it('returns everything, in order, for an empty query', () => {
    expect(ids('')).toEqual(['i-web1', 'i-web2', 'i-canary', 'i-api1', 'i-win1']);
  });

  it('matches plain words anywhere, ignoring case: ID, name, host name, IPs', () => {
    expect(ids('I-API')).toEqual(['i-api1']);
    expect(ids('canary')).toEqual(['i-canary']);
    expect(ids('shanghai.INTERNAL')).toEqual(['i-api1']);
    expect(ids('10.1.0.')).toEqual(['i-web1', 'i-web2']);
    expect(ids('47.100')).toEqual(['i-api1']);
  });

  it('matches plain words inside tags too', () => {
    expect(ids('staging')).toEqual(['i-win1']);
  });

  it('matches a tag value exactly, so env=prod leaves out env=prod-canary', () => {
    expect(ids('env=prod')).toEqual(['i-web1', 'i-web2', 'i-api1']);
    expect(ids('env:PROD')).toEqual(['i-web1', 'i-web2', 'i-api1']);
  });

  it('matches a value prefix with * and any value with an empty one', () => {
    expect(ids('env=prod*')).toEqual(['i-web1', 'i-web2', 'i-canary', 'i-api1']);
    expect(ids('env=')).toHaveLength(5);
    expect(ids('owner=')).toEqual([]);
  });

  it('ANDs several tokens', () => {
    expect(ids('env=prod role=web')).toEqual(['i-web1', 'i-web2']);
    expect(ids('env=prod role=web 02')).toEqual(['i-web2']);
    expect(ids('web api')).toEqual([]);
  });

  it('does not match a word across two fields', () => {
    // name "web-prod-01" followed by host name "host-i-web1": "01host" must not match.
    expect(ids('01host')).toEqual([]);
  });

  it('does not let a tag key match a value or the other way round', () => {
    expect(ids('prod=env')).toEqual([]);
    expect(ids('web=')).toEqual([]);
  });
});

describe('filterInstances: filters', () => {
  it('filters by status and OS', () => {
    expect(ids('', { ...NO_FILTERS, status: 'Stopped' })).toEqual(['i-web2']);
    expect(ids('', { ...NO_FILTERS, os: 'windows' })).toEqual(['i-win1']);
    expect(ids('role=web', { ...NO_FILTERS, os: 'linux' })).toEqual(['i-web1', 'i-web2', 'i-canary']);
  });

  it('filters by eligibility both ways', () => {
    const eligible = [true, false, true, true, false];
    expect(ids('', { ...NO_FILTERS, eligibility: 'eligible' }, eligible)).toEqual(['i-web1', 'i-canary', 'i-api1']);
    expect(ids('', { ...NO_FILTERS, eligibility: 'ineligible' }, eligible)).toEqual(['i-web2', 'i-win1']);
  });
});

describe('buildSearchIndex', () => {
  it('reuses the entry of an instance it has already seen', () => {
    const again = buildSearchIndex([fleet[0]!]);
    expect(again[0]).toBe(entries[0]);
  });
});

describe('statusCounts', () => {
  it('lists statuses in operator order with their counts, unknown ones last', () => {
    const list = [...fleet, makeInstance({ instanceId: 'i-x', status: 'Rebooting' }), makeInstance({ instanceId: 'i-y', status: 'Pending' })];
    expect(statusCounts(list)).toEqual([
      { status: 'Running', count: 4 },
      { status: 'Stopped', count: 1 },
      { status: 'Pending', count: 1 },
      { status: 'Rebooting', count: 1 },
    ]);
  });
});
