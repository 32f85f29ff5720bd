import { describe, expect, it } from 'vitest';

import { filterInstances, hasFilters, kindCounts, NO_FILTERS, type PickerFilters, statusCounts } from '@/components/invoke/instance-picker/filter';
import { instanceFilterOf, pickerSearchOf } from '@/components/invoke/instance-picker/kept-search';
import { optionLabel } from '@/components/invoke/instance-picker/option-label';
import { resolveInstanceFilter } from '@/components/invoke/instance-picker/resolve-filter';
import { instanceNotices } from '@/components/invoke/instance-picker/review-notices';
import { buildSearchIndex } from '@/components/invoke/instance-picker/search-index';
import { compileQuery } from '@/components/invoke/instance-picker/search-query';
import { makeInstance, tags } from '@/components/invoke/instance-picker/test-helpers';
import { type PickerInstance } from '@/components/invoke/instance-picker/types';
import { eligibility } from '@/lib/invoke/eligibility';
import { instanceInfoOf } from '@/lib/invoke/types';

/** Managed instances (mi-) beside ECS ones, as the instances route lists them for cn-shanghai. */
const managed = (instanceId: string, overrides: Partial<PickerInstance> = {}) =>
  makeInstance({ instanceId, kind: 'managed', status: '', zoneId: '', instanceType: '', osName: 'Ubuntu 22.04.4 LTS', ...overrides });
const fleet = [
  makeInstance({ instanceId: 'i-web1', name: 'web-prod-01', tags: tags('env=prod', 'role=web') }),
  makeInstance({ instanceId: 'i-web2', name: 'web-prod-02', status: 'Stopped', tags: tags('env=prod', 'role=web') }),
  managed('mi-sh0db', { name: 'onprem-db-01', tags: tags('env=prod', 'site=dc1') }),
  managed('mi-sh0legacy', { name: 'onprem-legacy-01', agentOnline: false, tags: tags('env=staging', 'site=dc1') }),
  managed('mi-sh0win', { name: 'branch-win-01', osType: 'windows', osName: 'Microsoft Windows Server 2019 Datacenter' }),
];
const entries = buildSearchIndex(fleet);
const shell = { type: 'RunShellScript' as const };
const verdict = (instance: (typeof fleet)[number]) => eligibility(instanceInfoOf(instance), shell);

function ids(query: string, filters: PickerFilters = NO_FILTERS): string[] {
  return filterInstances(fleet, entries, fleet.map(() => true), compileQuery(query), filters).map((index) => fleet[index]?.instanceId ?? '');
}

describe('managed instances in the picker', () => {
  it('filters by kind: ECS, managed or both; a missing kind means both', () => {
    expect(ids('', { ...NO_FILTERS, kind: 'managed' })).toEqual(['mi-sh0db', 'mi-sh0legacy', 'mi-sh0win']);
    expect(ids('', { ...NO_FILTERS, kind: 'ecs' })).toEqual(['i-web1', 'i-web2']);
    expect(ids('env=prod', { status: 'all', os: 'all', eligibility: 'all' })).toEqual(['i-web1', 'i-web2', 'mi-sh0db']);
    expect(hasFilters({ ...NO_FILTERS, kind: 'managed' })).toBe(true);
  });

  it('finds them by the word on their badge, and counts them apart from any ECS status', () => {
    expect(ids('managed')).toEqual(['mi-sh0db', 'mi-sh0legacy', 'mi-sh0win']);
    expect(statusCounts(fleet)).toEqual([
      { status: 'Running', count: 1 },
      { status: 'Stopped', count: 1 },
    ]);
    expect(kindCounts(fleet)).toEqual({ ecs: 2, managed: 3 });
  });

  it('marks them eligible when connected and of the command\'s OS, and says why not otherwise', () => {
    expect(fleet.map((instance) => verdict(instance))).toEqual([
      { eligible: true },
      { eligible: false, code: 'InstanceNotRunning', reason: 'Stopped' },
      { eligible: true },
      { eligible: false, code: 'ClientNotRunning', reason: 'Agent not connected' },
      { eligible: false, code: 'CommandNotApplicable', reason: 'Windows instance, Linux shell command' },
    ]);
  });

  it('names a managed row as one, for a screen reader and for speech input', () => {
    const label = optionLabel(fleet[3]!, verdict(fleet[3]!));
    expect(label).toBe('onprem-legacy-01, mi-sh0legacy, 10.0.0.1, env=staging, site=dc1, Managed, Agent not connected, Ubuntu 22.04.4 LTS, managed instance outside ECS, not eligible: Agent not connected');
  });

  it('reads a warning into an eligible row\'s name (live mode\'s classic network)', () => {
    const classic = makeInstance({ instanceId: 'i-old', name: 'legacy-batch-01', networkType: 'classic', classicNetwork: 'warn' });
    expect(optionLabel(classic, verdict(classic))).toContain('Eligible, warning: Classic network');
  });

  it('keeps the kind in a kept search only when it narrows, and resolves it as the picker shows it', () => {
    const search = { query: 'env=prod', filters: { ...NO_FILTERS, kind: 'managed' as const } };
    expect(instanceFilterOf(search)).toEqual({ query: 'env=prod', status: 'all', os: 'all', kind: 'managed' });
    expect(instanceFilterOf({ query: 'web', filters: NO_FILTERS })).toEqual({ query: 'web', status: 'all', os: 'all' });
    expect(pickerSearchOf({ query: 'web', status: 'all', os: 'linux' })).toEqual({ query: 'web', filters: { status: 'all', os: 'linux', eligibility: 'all', kind: 'all' } });
    const resolved = resolveInstanceFilter(fleet, { query: 'site=dc1', status: 'all', os: 'all', kind: 'managed' }, verdict);
    expect(resolved).toEqual({ matched: 2, selected: ['mi-sh0db'], skipped: [{ instanceId: 'mi-sh0legacy', name: 'onprem-legacy-01', reason: 'Agent not connected' }] });
  });
});

describe('the review\'s warnings about the chosen instances', () => {
  it('names the chosen classic-network instances in live mode, and says nothing in sandbox mode', () => {
    const live = [1, 2, 3, 4].map((n) => makeInstance({ instanceId: `i-old${n}`, name: `legacy-batch-0${n}`, networkType: 'classic', classicNetwork: 'warn' }));
    const chosen = ['i-web1', 'mi-sh0db', ...live.map((instance) => instance.instanceId)];
    expect(instanceNotices([...fleet, ...live], chosen)).toEqual([
      'Classic network — Cloud Assistant may refuse it (it needs a VPC): 4 chosen instances (legacy-batch-01, legacy-batch-02, legacy-batch-03 and 1 more). If Alibaba refuses one, the whole batch it is in fails.',
    ]);
    expect(instanceNotices([...fleet, ...live], ['i-web1', 'mi-sh0db'])).toEqual([]);
    const sandbox = live.map((instance) => ({ ...instance, classicNetwork: 'refuse' as const }));
    expect(instanceNotices(sandbox, chosen)).toEqual([]);
  });
});
