import 'server-only';

import type {
  DescribeCommandsResponseBodyCommandsCommand as SdkCommand,
  DescribeCommandsResponseBodyCommandsCommandParameterDefinitionsParameterDefinition as SdkParameterDefinition,
} from '@alicloud/ecs20140526';

import { count, decodeBase64, mapTags, text, timeOrNull } from './map-common';
import type { CommandType, EcsCommand, EcsParameterDefinition } from './types';

const COMMAND_TYPES: ReadonlySet<string> = new Set<CommandType>(['RunShellScript', 'RunBatScript', 'RunPowerShellScript']);

export const isCommandType = (value: string | undefined): value is CommandType =>
  value !== undefined && COMMAND_TYPES.has(value);

/**
 * A command with its content decoded from Base64 (DescribeCommands' default encoding).
 * Null for a type we cannot launch (none is documented besides the three script types).
 */
export function mapCommand(command: SdkCommand): EcsCommand | null {
  if (!isCommandType(command.type)) return null;
  return {
    commandId: text(command.commandId),
    name: text(command.name),
    description: text(command.description),
    type: command.type,
    content: decodeBase64(command.commandContent),
    workingDir: text(command.workingDir),
    timeout: count(command.timeout),
    enableParameter: command.enableParameter === true,
    parameterNames: command.parameterNames?.parameterName ?? [],
    parameterDefinitions: (command.parameterDefinitions?.parameterDefinition ?? []).map(mapParameterDefinition),
    launcher: text(command.launcher),
    provider: command.provider ? command.provider : null,
    category: text(command.category),
    // Absent on older API versions: a command then has one version, the newest.
    version: count(command.version) || 1,
    latest: command.latest !== false,
    invokeTimes: count(command.invokeTimes),
    creationTime: timeOrNull(command.creationTime),
    resourceGroupId: text(command.resourceGroupId),
    tags: mapTags(command.tags?.tag),
  };
}

function mapParameterDefinition(definition: SdkParameterDefinition): EcsParameterDefinition {
  return {
    name: text(definition.parameterName),
    description: text(definition.description),
    // An absent default and an empty one differ: the form prefills only a real default.
    ...(definition.defaultValue !== undefined && definition.defaultValue !== null && { defaultValue: definition.defaultValue }),
    required: definition.required === true,
    ...(definition.patternRegex && { patternRegex: definition.patternRegex }),
    possibleValues: definition.possibleValues?.possibleValue ?? [],
  };
}
