import { describe, expect, it } from 'vitest';

import { emptyDraft, type InvokeDraft } from '@/lib/invoke/draft';

import { describePayload, SECRET_NOT_STORED } from './describe';
import { diffContent, diffPayloads, summarizeChanges } from './diff';
import { toPresetPayload } from './payload';

const base: InvokeDraft = {
  ...emptyDraft('cn-shanghai'),
  commandId: 'c-patch',
  instanceIds: ['i-1', 'i-2'],
  repeatMode: 'Period',
  frequency: '0 0 2 ? * MON-FRI Asia/Shanghai',
  parameters: [
    { name: 'packages', value: 'nginx', secret: false },
    { name: 'registry_token', value: 'tok-1', secret: true },
  ],
  username: 'deploy',
};
const payload = (draft: InvokeDraft) => toPresetPayload(draft, { commandName: 'patch-web.sh' });

describe('diffPayloads', () => {
  it('names each changed field with before and after', () => {
    const after = { ...base, instanceIds: ['i-2', 'i-3'], frequency: '0 0 3 ? * MON-FRI Asia/Shanghai', username: '', timeout: 120, parameters: [{ name: 'packages', value: 'nginx openssl', secret: false }, base.parameters[1]!] };
    expect(diffPayloads(payload(base), payload(after))).toEqual([
      { field: 'Instances', before: '2 instances: i-1, i-2', after: '2 instances: i-2, i-3 (+1: i-3; −1: i-1)' },
      { field: 'Frequency', before: '0 0 2 ? * MON-FRI Asia/Shanghai', after: '0 0 3 ? * MON-FRI Asia/Shanghai' },
      { field: 'Parameter packages', before: 'nginx', after: 'nginx openssl' },
      { field: 'Username', before: 'deploy', after: '(default)' },
      { field: 'Timeout', before: "command's own", after: '120 s' },
    ]);
  });

  it('never compares or shows secret values, only the secret flag', () => {
    const typedAgain = { ...base, parameters: [base.parameters[0]!, { name: 'registry_token', value: 'tok-2', secret: true }] };
    expect(diffPayloads(payload(base), toPresetPayload(typedAgain))).toEqual([]);
    // A name the shared rule marks stays secret whatever the form says; others follow the flag.
    const unmarked = { ...base, parameters: [base.parameters[0]!, { name: 'registry_token', value: 'plain', secret: false }] };
    expect(diffPayloads(payload(base), payload(unmarked))).toEqual([]);
    const marked = { ...base, parameters: [{ name: 'packages', value: 'nginx', secret: true }, base.parameters[1]!] };
    expect(diffPayloads(payload(marked), payload(base))).toEqual([{ field: 'Parameter packages', before: SECRET_NOT_STORED, after: 'nginx' }]);
  });

  it('reports a parameter added or removed', () => {
    const after = { ...base, parameters: [{ name: 'image_tag', value: 'stable', secret: false }, base.parameters[1]!] };
    expect(diffPayloads(payload(base), payload(after))).toEqual([
      { field: 'Parameter image_tag', before: null, after: 'stable' },
      { field: 'Parameter packages', before: 'nginx', after: null },
    ]);
  });

  it('reports a switch between a list of instances and a kept search, and a changed search', () => {
    const search = toPresetPayload(base, { commandName: 'patch-web.sh' }, { query: 'env=prod role=web', status: 'Running', os: 'all' });
    expect(search.draft.instanceIds).toEqual([]);
    expect(diffPayloads(payload(base), search)).toEqual([
      { field: 'Instances', before: '2 instances: i-1, i-2', after: 'Eligible instances matching env=prod role=web · Running, found when opened' },
    ]);
    const narrower = toPresetPayload(base, { commandName: 'patch-web.sh' }, { query: 'env=prod role=web', status: 'Running', os: 'linux' });
    expect(diffPayloads(search, narrower)).toEqual([
      { field: 'Instances', before: 'Eligible instances matching env=prod role=web · Running, found when opened', after: 'Eligible instances matching env=prod role=web · Running · Linux, found when opened' },
    ]);
    expect(diffPayloads(search, search)).toEqual([]);
  });

  it('includes the name and description in a version diff', () => {
    expect(diffContent({ name: 'a', description: '', payload: payload(base) }, { name: 'b', description: 'd', payload: payload(base) })).toEqual([
      { field: 'Name', before: 'a', after: 'b' },
      { field: 'Description', before: '(none)', after: 'd' },
    ]);
  });
});

describe('summarizeChanges', () => {
  it('lists the fields, within 200 characters', () => {
    expect(summarizeChanges([])).toBe('No changes');
    expect(summarizeChanges([{ field: 'Instances', before: '', after: '' }, { field: 'Frequency', before: '', after: '' }])).toBe('Changed Instances, Frequency');
    const many = Array.from({ length: 40 }, (_, index) => ({ field: `Parameter p${index}`, before: '', after: '' }));
    const text = summarizeChanges(many);
    expect(text.length).toBeLessThanOrEqual(200);
    expect(text).toMatch(/and \d+ more$/);
    expect(summarizeChanges(many.slice(0, 1), 'Restored version 2')).toBe('Restored version 2: Parameter p0');
  });
});

describe('describePayload', () => {
  it('shows every field, and a secret as secret without a value', () => {
    const rows = describePayload(payload(base));
    expect(rows.map((row) => row.label)).toEqual(['Region', 'Command', 'Instances', 'Repeat mode', 'Frequency', 'Parameter packages', 'Parameter registry_token', 'Username', 'Timeout', 'Working directory', 'Rate control']);
    expect(rows.find((row) => row.label === 'Command')?.value).toBe('patch-web.sh (c-patch)');
    expect(rows.find((row) => row.label === 'Parameter registry_token')?.value).toBe(SECRET_NOT_STORED);
    expect(JSON.stringify(rows)).not.toContain('tok-1');
  });
});
