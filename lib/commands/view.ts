import type { ActionResult } from '@/lib/action-result';
import type { EcsCommand } from '@/lib/ecs';
import type { CommandType } from '@/lib/invoke/types';

import type { CreateCommandInput, DeleteCommandInput, ModifyCommandInput } from './schema';

/** How InvokeDeck names Alibaba's own commands wherever they are listed. */
export const PUBLIC_COMMAND_LABEL = 'Alibaba Cloud';

/** A command as the Commands page lists it: never the raw ECS shape. */
export interface CommandListItem {
  commandId: string;
  name: string;
  description: string;
  type: CommandType;
  /** Null for the account's own commands; e.g. AlibabaCloud.ECS.GuestOS for Alibaba's. */
  provider: string | null;
  category: string;
  version: number;
  timeout: number;
  workingDir: string;
  enableParameter: boolean;
  parameterNames: string[];
  invokeTimes: number;
  creationTime: string | null;
}

export interface CommandParameterView {
  name: string;
  description: string;
  defaultValue: string | null;
  required: boolean;
  possibleValues: string[];
}

/** One command's page: what it runs, the parameters it declares, and its other versions. */
export interface CommandDetailView extends CommandListItem {
  content: string;
  launcher: string;
  latest: boolean;
  parameters: CommandParameterView[];
  /** Every version of a public command, newest first (one entry for your own). */
  versions: { commandId: string; version: number; latest: boolean }[];
}

export const isPublicCommand = (command: { provider: string | null }): boolean => command.provider !== null;

export function toCommandListItem(command: EcsCommand): CommandListItem {
  return {
    commandId: command.commandId,
    name: command.name,
    description: command.description,
    type: command.type,
    provider: command.provider,
    category: command.category,
    version: command.version,
    timeout: command.timeout,
    workingDir: command.workingDir,
    enableParameter: command.enableParameter,
    parameterNames: command.parameterNames,
    invokeTimes: command.invokeTimes,
    creationTime: command.creationTime,
  };
}

export function toCommandDetail(command: EcsCommand, versions: readonly EcsCommand[]): CommandDetailView {
  const definitions = new Map(command.parameterDefinitions.map((definition) => [definition.name.toLowerCase(), definition]));
  // Declared names first (as the content uses them), then definitions the content does not use.
  const names = [...command.parameterNames, ...command.parameterDefinitions.map((d) => d.name).filter((name) => !command.parameterNames.some((n) => n.toLowerCase() === name.toLowerCase()))];
  return {
    ...toCommandListItem(command),
    content: command.content,
    launcher: command.launcher,
    latest: command.latest,
    parameters: names.map((name) => {
      const definition = definitions.get(name.toLowerCase());
      return {
        name,
        description: definition?.description ?? '',
        defaultValue: definition?.defaultValue ?? null,
        required: definition?.required ?? false,
        possibleValues: definition?.possibleValues ?? [],
      };
    }),
    versions: (versions.length ? versions : [command])
      .map((entry) => ({ commandId: entry.commandId, version: entry.version, latest: entry.latest }))
      .sort((a, b) => b.version - a.version),
  };
}

/** What the create, modify and delete actions answer. */
export interface SavedCommand {
  commandId: string;
  regionId: string;
  name: string;
}

/** The Commands page's server actions, handed to its client parts as props. */
export interface CommandActions {
  createCommand: (input: CreateCommandInput) => Promise<ActionResult<SavedCommand>>;
  modifyCommand: (input: ModifyCommandInput) => Promise<ActionResult<SavedCommand>>;
  deleteCommand: (input: DeleteCommandInput) => Promise<ActionResult<SavedCommand>>;
}
