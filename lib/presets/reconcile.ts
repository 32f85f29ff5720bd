import { type InvokeDraft, type ParameterEntry } from '@/lib/invoke/draft';
import { looksSecret } from '@/lib/invoke/secrets';
import { eligibility } from '@/lib/invoke/eligibility';
import { type InvokeCommandInfo, type InvokeInstanceInfo } from '@/lib/invoke/types';

/**
 * A saved form meets the world as it is now: the command may be gone or replaced, its
 * parameters may have changed, instances may be released or no longer able to run it.
 * Each difference becomes a change the page reports; the draft is adjusted only where the
 * form could not show the old value (a parameter the command no longer declares, an
 * instance the region no longer lists). Ineligible instances stay selected so the picker
 * shows each one with its reason, and the operator decides.
 */
export type WorldChange =
  | { kind: 'command-gone'; commandId: string; commandName: string | null }
  | { kind: 'command-replaced'; commandName: string; fromId: string; toId: string }
  | { kind: 'parameters-added'; names: string[] }
  | { kind: 'parameters-removed'; names: string[] }
  | { kind: 'parameters-disabled'; names: string[] }
  | { kind: 'instances-gone'; instanceIds: string[] }
  | { kind: 'instances-ineligible'; instances: { instanceId: string; name: string; reason: string }[] };

export interface WorldNow {
  /** The command the draft names, or, when that one is gone, one with the saved name; null when neither exists. */
  command: InvokeCommandInfo | null;
  /** The instances ECS still lists among those the draft names. */
  instances: readonly InvokeInstanceInfo[];
}

export function reconcileDraft(draft: InvokeDraft, savedCommandName: string | null, world: WorldNow): { draft: InvokeDraft; changes: WorldChange[] } {
  const changes: WorldChange[] = [];
  let next: InvokeDraft = { ...draft };
  const { command } = world;

  if (draft.commandId && !command) {
    changes.push({ kind: 'command-gone', commandId: draft.commandId, commandName: savedCommandName });
    next = { ...next, commandId: '', parameters: [] };
  } else if (command) {
    if (command.commandId !== draft.commandId) {
      changes.push({ kind: 'command-replaced', commandName: command.name, fromId: draft.commandId, toId: command.commandId });
      next = { ...next, commandId: command.commandId };
    }
    const fitted = fitParameters(draft.parameters, command);
    next = { ...next, parameters: fitted.parameters };
    changes.push(...fitted.changes);
  }

  const listed = new Map(world.instances.map((instance) => [instance.instanceId, instance]));
  const gone = draft.instanceIds.filter((id) => !listed.has(id));
  if (gone.length > 0) {
    changes.push({ kind: 'instances-gone', instanceIds: gone });
    next = { ...next, instanceIds: draft.instanceIds.filter((id) => listed.has(id)) };
  }
  const schedule = { repeatMode: next.repeatMode, frequency: next.frequency };
  const ineligible = next.instanceIds.flatMap((id) => {
    const instance = listed.get(id);
    if (!instance) return [];
    const verdict = eligibility(instance, command, schedule);
    return verdict.eligible ? [] : [{ instanceId: id, name: instance.name, reason: verdict.reason }];
  });
  if (ineligible.length > 0) changes.push({ kind: 'instances-ineligible', instances: ineligible });
  return { draft: next, changes };
}

/**
 * The saved entries in the command's declared order: values and secret flags kept for
 * names still declared, new names added with their defaults, the rest dropped.
 */
function fitParameters(entries: readonly ParameterEntry[], command: InvokeCommandInfo): { parameters: ParameterEntry[]; changes: WorldChange[] } {
  if (!command.enableParameter) {
    return { parameters: [], changes: entries.length ? [{ kind: 'parameters-disabled', names: entries.map((entry) => entry.name) }] : [] };
  }
  const saved = new Map(entries.map((entry) => [entry.name.toLowerCase(), entry]));
  const defaults = new Map(command.parameterDefinitions.map((definition) => [definition.name.toLowerCase(), definition.defaultValue ?? '']));
  const added: string[] = [];
  const parameters = command.parameterNames.map((name) => {
    const entry = saved.get(name.toLowerCase());
    if (entry) return { ...entry, name };
    added.push(name);
    return { name, value: defaults.get(name.toLowerCase()) ?? '', secret: looksSecret(name) };
  });
  const declared = new Set(command.parameterNames.map((name) => name.toLowerCase()));
  const removed = entries.filter((entry) => !declared.has(entry.name.toLowerCase())).map((entry) => entry.name);
  const changes: WorldChange[] = [];
  if (added.length) changes.push({ kind: 'parameters-added', names: added });
  if (removed.length) changes.push({ kind: 'parameters-removed', names: removed });
  return { parameters, changes };
}
