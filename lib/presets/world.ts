import 'server-only';

import { type EcsClient, EcsError } from '@/lib/ecs';
import { type InvokeDraft } from '@/lib/invoke/draft';
import { type InstanceFilter } from '@/lib/invoke/instance-filter';
import { type InvokeCommandInfo, type InvokeInstanceInfo } from '@/lib/invoke/types';
import { findCommand as findEcsCommand } from '@/lib/commands/list';
import { toCommandInfo } from '@/lib/invoke/command-info';
import { lookUpInstances } from '@/lib/launches/instance-lookup';

import { type PresetPayload, secretParameterNames } from './payload';
import { reconcileDraft, type WorldChange } from './reconcile';

export interface OpenedPayload {
  draft: InvokeDraft;
  changes: WorldChange[];
  /** Secret parameters whose values must be typed again. */
  requiredSecrets: string[];
  /** The command's name now, or as saved when it is gone. */
  commandName: string | null;
  /** Set when ECS could not be asked: the form opens as saved and checks as it loads. */
  checkFailed: string | null;
  /** The kept search the form resolves once the region's instances have loaded; null for a list of IDs. */
  instanceFilter: InstanceFilter | null;
}

/** Open a saved form against what ECS says now (the command, the named instances). */
export async function openPayload(ecs: EcsClient, payload: PresetPayload): Promise<OpenedPayload> {
  const { draft } = payload;
  const instanceFilter = payload.instanceFilter ?? null;
  try {
    const [command, instances] = await Promise.all([findCommand(ecs, draft.regionId, draft.commandId, payload.saved?.commandName ?? null), findInstances(ecs, draft.regionId, draft.instanceIds)]);
    const reconciled = reconcileDraft(draft, payload.saved?.commandName ?? null, { command, instances });
    return { ...reconciled, commandName: command?.name ?? payload.saved?.commandName ?? null, requiredSecrets: secretParameterNames({ draft: reconciled.draft }), checkFailed: null, instanceFilter };
  } catch (error) {
    const message = error instanceof EcsError ? `${error.code}: ${error.message}` : 'The ECS API did not answer.';
    return { draft, changes: [], commandName: payload.saved?.commandName ?? null, requiredSecrets: secretParameterNames(payload), checkFailed: message, instanceFilter };
  }
}

/**
 * The command by ID; when it is gone, the one command that now has its saved name (Cloud
 * Assistant commands cannot be edited, so a changed script is usually a new command with
 * the old name).
 */
async function findCommand(ecs: EcsClient, region: string, commandId: string, savedName: string | null): Promise<InvokeCommandInfo | null> {
  if (!commandId) return null;
  // The account's own, or one of Alibaba's public commands.
  const found = await findEcsCommand(ecs, region, commandId);
  if (found) return toCommandInfo(found);
  if (!savedName || savedName.includes('*')) return null;
  const byName = (await ecs.describeCommands(region, { name: savedName })).items.filter((command) => command.name === savedName);
  return byName.length === 1 && byName[0] ? toCommandInfo(byName[0]) : null;
}

/** ECS and managed (`mi-`) instances alike, as a launch looks them up. */
async function findInstances(ecs: EcsClient, region: string, instanceIds: readonly string[]): Promise<InvokeInstanceInfo[]> {
  return lookUpInstances(ecs, region, instanceIds);
}
