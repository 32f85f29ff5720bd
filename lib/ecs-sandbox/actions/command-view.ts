import { extractParameterNames } from '@/lib/invoke/parameters';
import type { Command } from '../state/types';
import { encodeText, isoTime, tagSet, type ContentEncoding } from './encode';

export function commandView(command: Command, encoding: ContentEncoding, invokeTimes: number): Record<string, unknown> {
  return {
    CommandId: command.commandId,
    Name: command.name,
    Description: command.description,
    Type: command.type,
    CommandContent: encodeText(command.content, encoding),
    WorkingDir: command.workingDir,
    Timeout: command.timeout,
    EnableParameter: command.enableParameter,
    ParameterNames: { ParameterName: command.enableParameter ? extractParameterNames(command.content) : [] },
    ParameterDefinitions: {
      ParameterDefinition: command.parameterDefinitions.map((definition) => ({
        ParameterName: definition.name,
        Description: definition.description,
        ...(definition.defaultValue !== undefined ? { DefaultValue: definition.defaultValue } : {}),
        Required: definition.required,
        PossibleValues: { PossibleValue: [] },
      })),
    },
    InvokeTimes: invokeTimes,
    CreationTime: isoTime(command.creationTime),
    Launcher: command.launcher,
    ResourceGroupId: command.resourceGroupId,
    Category: command.category ?? '',
    Version: command.version ?? 1,
    Latest: command.latest ?? true,
    ...(command.provider ? { Provider: command.provider } : {}),
    Tags: tagSet(command.tags),
  };
}
