import { z } from 'zod';
import { MAX_LAUNCH_INSTANCES } from '@/lib/invoke/ids';
import { rateControlSchema } from '@/lib/invoke/rate-control-schema';
import { REPEAT_MODES } from '@/lib/invoke/types';

/**
 * The shape of the launch form. Only types live here; every rule is in the rules-* modules,
 * run by `createInvokeSchema`, so a form shows all its problems at once instead of stopping
 * at the first field.
 */

/**
 * Bounds on the shape alone, far above what any rule accepts (the rules name the real limits):
 * they only stop a hand-made payload from making the server read or ask ECS about megabytes.
 */
const BOUND = { id: 128, text: 1_024, value: 65_536, parameters: 64 } as const;

const boundedText = (label: string, max: number = BOUND.text, missing = `${label} must be text.`) =>
  z.string({ error: missing }).max(max, `${label}: at most ${max.toLocaleString('en-US')} characters.`);

export const parameterEntrySchema = z.object({
  name: boundedText('Parameter name', BOUND.text),
  value: boundedText('Parameter value', BOUND.value),
  /** Masked in every copy of the request and never stored or shared. */
  secret: z.boolean({ error: 'Parameter secret flag must be true or false.' }),
});

export const invokeDraftSchema = z.object({
  regionId: boundedText('Region', BOUND.id, 'Region is required.'),
  commandId: boundedText('Command', BOUND.id, 'Command is required.'),
  instanceIds: z
    .array(boundedText('Instance', BOUND.id), { error: 'Instances must be a list of instance IDs.' })
    .max(MAX_LAUNCH_INSTANCES, `Instances: at most ${MAX_LAUNCH_INSTANCES.toLocaleString('en-US')} in one launch.`),
  repeatMode: z.enum(REPEAT_MODES, { error: 'Repeat mode must be Once, Period, NextRebootOnly or EveryReboot.' }),
  /** Only for Period; empty otherwise. */
  frequency: boundedText('Frequency'),
  parameters: z
    .array(parameterEntrySchema, { error: 'Parameters must be a list.' })
    .max(BOUND.parameters, `Parameters: at most ${BOUND.parameters} entries.`),
  /** Empty means the default: root on Linux, System on Windows. */
  username: boundedText('Username'),
  /** Empty unless a Windows command runs as a user other than System. */
  windowsPasswordName: boundedText('Windows password name'),
  /** Seconds; undefined keeps the command's own timeout. */
  timeout: z.number({ error: 'Timeout must be a number of seconds.' }).optional(),
  /** Undefined or empty keeps the command's own working directory. */
  workingDir: boundedText('Working directory').optional(),
  /** InvokeDeck's own, not an API field: how fast the batches go out, and when to stop sending them. */
  rateControl: rateControlSchema.optional(),
});

export type InvokeDraft = z.infer<typeof invokeDraftSchema>;
export type ParameterEntry = z.infer<typeof parameterEntrySchema>;

export { emptyDraft, initialParameters } from '@/lib/invoke/draft-defaults';
