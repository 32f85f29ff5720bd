import type { InvokeDraft, ParameterEntry } from '@/lib/invoke/draft';
import { looksSecret } from '@/lib/invoke/secrets';
import { type InvokeCommandInfo } from '@/lib/invoke/types';

// Apart from the zod shape in draft.ts, so the launch form's first load need not bring zod.

/** A blank form for a region. */
export function emptyDraft(regionId = ''): InvokeDraft {
  return {
    regionId,
    commandId: '',
    instanceIds: [],
    repeatMode: 'Once',
    frequency: '',
    parameters: [],
    username: '',
    windowsPasswordName: '',
  };
}

/**
 * One entry per parameter the command declares, prefilled with its default, for the form
 * to show when a command is chosen; names that look like credentials start out secret.
 * None when the command does not enable parameters.
 */
export function initialParameters(command: InvokeCommandInfo): ParameterEntry[] {
  if (!command.enableParameter) return [];
  const defaults = new Map(
    command.parameterDefinitions.map((definition) => [definition.name.toLowerCase(), definition.defaultValue ?? '']),
  );
  return command.parameterNames.map((name) => ({ name, value: defaults.get(name.toLowerCase()) ?? '', secret: looksSecret(name) }));
}
