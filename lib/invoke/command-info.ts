import type { EcsCommand } from '@/lib/ecs';
import type { InvokeCommandInfo } from '@/lib/invoke/types';

/** A command as DescribeCommands reports it, reduced to what the launch rules read. */
export function toCommandInfo(command: EcsCommand): InvokeCommandInfo {
  return {
    commandId: command.commandId,
    name: command.name,
    type: command.type,
    content: command.content,
    enableParameter: command.enableParameter,
    parameterNames: command.parameterNames,
    parameterDefinitions: command.parameterDefinitions.map((definition) => ({
      name: definition.name,
      ...(definition.defaultValue !== undefined ? { defaultValue: definition.defaultValue } : {}),
      ...(definition.description ? { description: definition.description } : {}),
      ...(definition.required ? { required: true } : {}),
    })),
    timeout: command.timeout,
    ...(command.provider ? { provider: command.provider } : {}),
  };
}
