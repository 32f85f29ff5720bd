import { describe, expect, it } from 'vitest';

import { emptyDraft, type InvokeDraft } from '@/lib/invoke/draft';
import { linuxInstance, shellCommand, windowsInstance } from '@/lib/invoke/test-fixtures';

import { reconcileDraft } from './reconcile';

const saved: InvokeDraft = {
  ...emptyDraft('cn-shanghai'),
  commandId: 'c-patch',
  instanceIds: ['i-1', 'i-2', 'i-3', 'i-win'],
  parameters: [
    { name: 'name', value: 'nginx', secret: false },
    { name: 'old_flag', value: 'yes', secret: false },
    { name: 'token', value: '', secret: true },
  ],
};
const command = shellCommand({ parameterNames: ['name', 'token', 'region_hint'], parameterDefinitions: [{ name: 'region_hint', defaultValue: 'sh' }] });
const instances = [linuxInstance('i-1'), linuxInstance('i-2', { status: 'Stopped' }), windowsInstance('i-win')];

describe('reconcileDraft', () => {
  it('changes nothing when the world is as saved', () => {
    const draft = { ...saved, parameters: [saved.parameters[0]!, saved.parameters[2]!], instanceIds: ['i-1'] };
    const result = reconcileDraft(draft, 'patch-web.sh', { command: shellCommand({ parameterNames: ['name', 'token'] }), instances });
    expect(result).toEqual({ draft, changes: [] });
  });

  it('fits parameters to the command: keeps values and secret flags, adds new ones with defaults, drops removed ones', () => {
    const { draft, changes } = reconcileDraft(saved, 'patch-web.sh', { command, instances });
    expect(draft.parameters).toEqual([
      { name: 'name', value: 'nginx', secret: false },
      { name: 'token', value: '', secret: true },
      { name: 'region_hint', value: 'sh', secret: false },
    ]);
    expect(changes).toContainEqual({ kind: 'parameters-added', names: ['region_hint'] });
    expect(changes).toContainEqual({ kind: 'parameters-removed', names: ['old_flag'] });
  });

  it('drops instances the region no longer lists and keeps ineligible ones selected, each with its reason', () => {
    const { draft, changes } = reconcileDraft(saved, 'patch-web.sh', { command, instances });
    expect(draft.instanceIds).toEqual(['i-1', 'i-2', 'i-win']);
    expect(changes).toContainEqual({ kind: 'instances-gone', instanceIds: ['i-3'] });
    expect(changes).toContainEqual({
      kind: 'instances-ineligible',
      instances: [
        { instanceId: 'i-2', name: 'web-i-2', reason: 'Stopped' },
        { instanceId: 'i-win', name: 'win-i-win', reason: 'Windows instance, Linux shell command' },
      ],
    });
  });

  it('clears a command that is gone, keeping instances and schedule', () => {
    const { draft, changes } = reconcileDraft({ ...saved, repeatMode: 'EveryReboot' }, 'patch-web.sh', { command: null, instances });
    expect(changes[0]).toEqual({ kind: 'command-gone', commandId: 'c-patch', commandName: 'patch-web.sh' });
    expect(draft).toMatchObject({ commandId: '', parameters: [], repeatMode: 'EveryReboot', instanceIds: ['i-1', 'i-2', 'i-win'] });
  });

  it('moves to the command that took the saved name, and says so', () => {
    const { draft, changes } = reconcileDraft(saved, 'patch-web.sh', { command: { ...command, commandId: 'c-patch-v2' }, instances });
    expect(draft.commandId).toBe('c-patch-v2');
    expect(changes[0]).toEqual({ kind: 'command-replaced', commandName: 'patch-web.sh', fromId: 'c-patch', toId: 'c-patch-v2' });
  });

  it('drops every parameter when the command no longer takes any', () => {
    const { draft, changes } = reconcileDraft(saved, null, { command: shellCommand({ enableParameter: false, parameterNames: [] }), instances });
    expect(draft.parameters).toEqual([]);
    expect(changes[0]).toEqual({ kind: 'parameters-disabled', names: ['name', 'old_flag', 'token'] });
  });

  it('matches parameter names without regard to case, as the API does', () => {
    const { draft, changes } = reconcileDraft({ ...saved, parameters: [{ name: 'NAME', value: 'x', secret: false }] }, null, { command: shellCommand({ parameterNames: ['name'] }), instances: [] });
    expect(draft.parameters).toEqual([{ name: 'name', value: 'x', secret: false }]);
    expect(changes.some((change) => change.kind.startsWith('parameters'))).toBe(false);
  });
});
