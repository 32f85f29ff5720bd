import { describe, expect, it } from 'vitest';

import { filterCommands, readCommandFilters, typeParam } from './filter';
import { type CommandListItem } from './view';

const item = (commandId: string, name: string, extra: Partial<CommandListItem> = {}): CommandListItem => ({
  commandId,
  name,
  description: '',
  type: 'RunShellScript',
  provider: null,
  category: '',
  version: 1,
  timeout: 60,
  workingDir: '/root',
  enableParameter: false,
  parameterNames: [],
  invokeTimes: 0,
  creationTime: null,
  ...extra,
});

const LIST = [
  item('c-pub1', 'ACS-ECS-DiskUsageCheck-linux.sh', { provider: 'AlibabaCloud.ECS.GuestOS', description: 'Show file system usage' }),
  item('c-own1', 'patch-web.sh', { description: 'Patch the web tier' }),
  item('c-own2', 'restart-iis.ps1', { type: 'RunPowerShellScript' }),
  item('c-pub2', 'ACS-ECS-NetworkCheck-windows.ps1', { provider: 'AlibabaCloud', type: 'RunPowerShellScript' }),
];
const ids = (list: CommandListItem[]) => list.map((command) => command.commandId);

describe('the Commands page filters', () => {
  it('lists the account’s own first, then Alibaba’s', () => {
    expect(ids(filterCommands(LIST, { q: '', type: '', source: 'all' }))).toEqual(['c-own1', 'c-own2', 'c-pub1', 'c-pub2']);
  });

  it('searches names, descriptions and IDs in any case', () => {
    expect(ids(filterCommands(LIST, { q: 'FILE SYSTEM', type: '', source: 'all' }))).toEqual(['c-pub1']);
    expect(ids(filterCommands(LIST, { q: 'c-own2', type: '', source: 'all' }))).toEqual(['c-own2']);
    expect(ids(filterCommands(LIST, { q: '.ps1', type: '', source: 'all' }))).toEqual(['c-own2', 'c-pub2']);
  });

  it('narrows by type and by source', () => {
    expect(ids(filterCommands(LIST, { q: '', type: 'RunPowerShellScript', source: 'all' }))).toEqual(['c-own2', 'c-pub2']);
    expect(ids(filterCommands(LIST, { q: '', type: '', source: 'public' }))).toEqual(['c-pub1', 'c-pub2']);
    expect(ids(filterCommands(LIST, { q: '', type: 'RunShellScript', source: 'own' }))).toEqual(['c-own1']);
  });

  it('reads its URL, ignoring what it does not know', () => {
    expect(readCommandFilters({ q: '  disk ', type: 'powershell', source: 'public' })).toEqual({ q: 'disk', type: 'RunPowerShellScript', source: 'public' });
    expect(readCommandFilters({ q: ['a', 'b'], type: 'python', source: 'theirs' })).toEqual({ q: 'a', type: '', source: 'all' });
    expect(typeParam('RunBatScript')).toBe('bat');
    expect(typeParam('')).toBe('');
  });
});
