import type { CommandType } from '@/lib/invoke/types';

import { isPublicCommand, type CommandListItem } from './view';

/** The Commands page's filters, as they sit in its URL (STYLE §6). */
export interface CommandFilters {
  q: string;
  type: CommandType | '';
  source: CommandSource;
}

export const COMMAND_SOURCES = ['all', 'own', 'public'] as const;
export type CommandSource = (typeof COMMAND_SOURCES)[number];

const TYPE_PARAMS: Record<string, CommandType> = { shell: 'RunShellScript', powershell: 'RunPowerShellScript', bat: 'RunBatScript' };

/** Read the page's query; anything unknown falls back to "no filter". */
export function readCommandFilters(params: Record<string, string | string[] | undefined>): CommandFilters {
  const one = (key: string) => {
    const value = params[key];
    return (Array.isArray(value) ? value[0] : value) ?? '';
  };
  const source = one('source');
  return {
    q: one('q').trim().slice(0, 100),
    type: TYPE_PARAMS[one('type')] ?? '',
    source: (COMMAND_SOURCES as readonly string[]).includes(source) ? (source as CommandSource) : 'all',
  };
}

/** The URL value of a type filter (`shell`, `powershell`, `bat`). */
export function typeParam(type: CommandType | ''): string {
  return Object.entries(TYPE_PARAMS).find(([, value]) => value === type)?.[0] ?? '';
}

/** Name, description or ID containing the search (any case); type and source exact. Own commands first. */
export function filterCommands<T extends CommandListItem>(commands: readonly T[], filters: CommandFilters): T[] {
  const needle = filters.q.toLowerCase();
  return commands
    .filter((command) => {
      if (filters.type && command.type !== filters.type) return false;
      if (filters.source === 'own' && isPublicCommand(command)) return false;
      if (filters.source === 'public' && !isPublicCommand(command)) return false;
      return !needle || `${command.name}\n${command.description}\n${command.commandId}`.toLowerCase().includes(needle);
    })
    .sort((a, b) => Number(isPublicCommand(a)) - Number(isPublicCommand(b)));
}
