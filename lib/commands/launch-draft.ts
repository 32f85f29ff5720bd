import 'server-only';

import { type EcsClient } from '@/lib/ecs';
import { toCommandInfo } from '@/lib/invoke/command-info';
import { emptyDraft, initialParameters, type InvokeDraft } from '@/lib/invoke/draft';
import { isCommandId } from '@/lib/invoke/ids';

import { findCommand } from './list';

/**
 * The launch form opened from a command's "Launch" link: that command chosen, one entry per
 * parameter it declares (prefilled with its defaults), as if picked in the form. An unknown
 * or malformed ID opens the empty form.
 */
export async function commandLaunchDraft(ecs: EcsClient, region: string, commandId: string | undefined): Promise<InvokeDraft> {
  const empty = emptyDraft(region);
  if (!region || !commandId || !isCommandId(commandId)) return empty;
  const command = await findCommand(ecs, region, commandId).catch(() => null);
  return command ? { ...empty, commandId: command.commandId, parameters: initialParameters(toCommandInfo(command)) } : empty;
}
