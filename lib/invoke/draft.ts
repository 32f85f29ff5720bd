import { z } from 'zod';
import { REPEAT_MODES, type InvokeCommandInfo } from '@/lib/invoke/types';

/**
 * The shape of the launch form. Only types live here; every rule is in the rules-* modules,
 * run by `createInvokeSchema`, so a form shows all its problems at once instead of stopping
 * at the first field.
 */

export const parameterEntrySchema = z.object({
  name: z.string({ error: 'Parameter name must be text.' }),
  value: z.string({ error: 'Parameter value must be text.' }),
  /** Masked in every copy of the request and never stored or shared. */
  secret: z.boolean({ error: 'Parameter secret flag must be true or false.' }),
});

export const invokeDraftSchema = z.object({
  regionId: z.string({ error: 'Region is required.' }),
  commandId: z.string({ error: 'Command is required.' }),
  instanceIds: z.array(z.string(), { error: 'Instances must be a list of instance IDs.' }),
  repeatMode: z.enum(REPEAT_MODES, { error: 'Repeat mode must be Once, Period, NextRebootOnly or EveryReboot.' }),
  /** Only for Period; empty otherwise. */
  frequency: z.string({ error: 'Frequency must be text.' }),
  parameters: z.array(parameterEntrySchema, { error: 'Parameters must be a list.' }),
  /** Empty means the default: root on Linux, System on Windows. */
  username: z.string({ error: 'Username must be text.' }),
  /** Empty unless a Windows command runs as a user other than System. */
  windowsPasswordName: z.string({ error: 'Windows password name must be text.' }),
  /** Seconds; undefined keeps the command's own timeout. */
  timeout: z.number({ error: 'Timeout must be a number of seconds.' }).optional(),
  /** Undefined or empty keeps the command's own working directory. */
  workingDir: z.string({ error: 'Working directory must be text.' }).optional(),
});

export type InvokeDraft = z.infer<typeof invokeDraftSchema>;
export type ParameterEntry = z.infer<typeof parameterEntrySchema>;

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

/** Names that usually carry credentials; such a parameter starts out marked secret. */
const SECRET_NAME = /token|secret|passw(or)?d|pwd|credential|api[-_]?key|access[-_]?key|private[-_]?key/i;

export function looksSecret(name: string): boolean {
  return SECRET_NAME.test(name);
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
