import { z } from 'zod';
import { MAX_LAUNCH_INSTANCES } from '@/lib/invoke/ids';
import { rateControlSchema } from '@/lib/invoke/rate-control-schema';
import { COMMAND_TYPES, REPEAT_MODES, TERMINATION_MODES } from '@/lib/invoke/types';
import { formatNumber } from '@/lib/format';

/**
 * The shape of the launch form. Only types live here; every rule is in the rules-* modules,
 * run by `createInvokeSchema`, so a form shows all its problems at once instead of stopping
 * at the first field.
 */

/**
 * Bounds on the shape alone, far above what any rule accepts (the rules name the real limits):
 * they only stop a hand-made payload from making the server read or ask ECS about megabytes.
 */
const BOUND = { id: 128, text: 1_024, value: 65_536, parameters: 64, script: 131_072, tags: 64 } as const;

const boundedText = (label: string, max: number = BOUND.text, missing = `${label} must be text.`) =>
  z.string({ error: missing }).max(max, `${label}: at most ${formatNumber(max)} characters.`);

export const parameterEntrySchema = z.object({
  name: boundedText('Parameter name', BOUND.text),
  value: boundedText('Parameter value', BOUND.value),
  /** Masked in every copy of the request and never stored or shared. */
  secret: z.boolean({ error: 'Parameter secret flag must be true or false.' }),
});

export const tagSchema = z.object({
  key: boundedText('Tag key', BOUND.text),
  value: boundedText('Tag value', BOUND.text),
});

/** A script run without being saved first (RunCommand), in place of a saved command. */
export const scriptSchema = z.object({
  type: z.enum(COMMAND_TYPES, { error: 'Script type must be RunShellScript, RunPowerShellScript or RunBatScript.' }),
  /** As written: plain text, not Base64. */
  content: boundedText('Script', BOUND.script),
  /** `{{name}}` placeholders are parameters to fill in (EnableParameter). */
  enableParameter: z.boolean({ error: 'Script parameters flag must be true or false.' }),
  /** Empty: the API names it. Required when the script is kept as a command. */
  name: boundedText('Command name'),
  /** Save it as a command (CreateCommand) before running, so it can be run again. */
  keepCommand: z.boolean({ error: 'Keep as a command must be true or false.' }),
});

export const invokeDraftSchema = z.object({
  regionId: boundedText('Region', BOUND.id, 'Region is required.'),
  commandId: boundedText('Command', BOUND.id, 'Command is required.'),
  instanceIds: z
    .array(boundedText('Instance', BOUND.id), { error: 'Instances must be a list of instance IDs.' })
    .max(MAX_LAUNCH_INSTANCES, `Instances: at most ${formatNumber(MAX_LAUNCH_INSTANCES)} in one launch.`),
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
  /** Set instead of `commandId`: run this script without saving it first. */
  script: scriptSchema.optional(),
  /**
   * Set instead of `instanceIds`: every instance with all these tags (ResourceTag.N), resolved
   * by Alibaba when each call is made, so a preset follows the fleet.
   */
  resourceTags: z.array(tagSchema, { error: 'Target tags must be a list.' }).max(BOUND.tags, `Target tags: at most ${BOUND.tags}.`).optional(),
  /** Run inside this container on the instance (ContainerId / ContainerName); shell scripts only. */
  containerId: boundedText('Container ID').optional(),
  containerName: boundedText('Container name').optional(),
  /** How the script is started, e.g. `python3 -u {{ACS::ScriptFileName|Ext(".py")}}`. */
  launcher: boundedText('Launcher', 4_096).optional(),
  /** What a stop or timeout kills: the script's process, or its whole process tree. */
  terminationMode: z.enum(TERMINATION_MODES, { error: 'Termination mode must be Process or ProcessTree.' }).optional(),
  /** `oss://<bucket>/<prefix>`: the whole output is also written there. */
  ossOutputDelivery: boundedText('OSS output delivery').optional(),
  /** `rg-…`: the execution belongs to this resource group. */
  resourceGroupId: boundedText('Resource group', BOUND.id).optional(),
  /** InvokeDeck's own, not an API field: how fast the batches go out, and when to stop sending them. */
  rateControl: rateControlSchema.optional(),
});

export type InvokeDraft = z.infer<typeof invokeDraftSchema>;
export type ParameterEntry = z.infer<typeof parameterEntrySchema>;
export type DraftScript = z.infer<typeof scriptSchema>;
export type DraftTag = z.infer<typeof tagSchema>;

export { runsScript, targetsTags } from '@/lib/invoke/draft-kind';

export { emptyDraft, initialParameters } from '@/lib/invoke/draft-defaults';
