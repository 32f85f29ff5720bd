import { parseFrequency, type ParsedFrequency } from '@/lib/schedule';
import { extractParameterNames, findDuplicateJsonKeys, substituteParameters } from '@/lib/invoke/parameters';
import { base64EncodedLength } from '@/lib/invoke/text-length';
import type { RegionSpec } from '../simulation/regions';
import type { Command, Instance, RepeatMode } from '../state/types';
import { platformErrors, type ActionCall } from './context';
import { apiError } from './errors';
import { validateExtras, validateTargetTags } from './invoke-extras';
import { checkTargets, resolveTargets } from './invoke-targets';

export interface InvokePlan {
  command: Command;
  instances: Instance[];
  repeatMode: RepeatMode;
  frequency: string;
  parsedFrequency: ParsedFrequency | null;
  parameters: Record<string, string>;
  timeout: number;
  username: string;
  workingDir: string;
  windowsPasswordName: string;
}

const MODES = ['Once', 'Period', 'NextRebootOnly', 'EveryReboot', 'DryRun'] as const;

/** Every rule of the seed, in the order an operator would fix them; the first broken one answers. */
export function validateInvoke(call: ActionCall, region: RegionSpec, adHoc?: Command): InvokePlan {
  const { params, ctx } = call;
  const now = ctx.clock.now();
  const commandId = adHoc ? adHoc.commandId : params.required('CommandId');
  validateTargetTags(call, adHoc ? 'RunCommand' : 'InvokeCommand');
  const ids = resolveTargets(call, region);
  const requestedMode = params.oneOf('RepeatMode', MODES);
  const command = adHoc ?? findCommand(call, region, commandId);

  // Timed=true or RepeatMode=Period need a Frequency; a Frequency makes the run Period whatever RepeatMode says.
  const timed = params.bool('Timed');
  const frequency = (params.string('Frequency') ?? '').trim();
  if (!frequency && (timed === true || requestedMode === 'Period')) {
    throw apiError('MissingParam.Frequency', 'Set Frequency (cron, rate() or at()) for a scheduled run.');
  }
  const repeatMode: RepeatMode = frequency ? 'Period' : requestedMode === 'DryRun' || !requestedMode ? 'Once' : requestedMode;
  const timeout = params.int('Timeout') ?? command.timeout;
  if (timeout < ctx.limits.minTimeoutSeconds) {
    throw platformErrors.invalidParameter('Timeout', `It must be at least ${ctx.limits.minTimeoutSeconds} seconds.`);
  }
  let parsedFrequency: ParsedFrequency | null = null;
  if (frequency) {
    const parsed = parseFrequency(frequency, { now: new Date(now), timeoutSeconds: timeout });
    if (!parsed.ok) throw apiError('InvalidParam.Frequency', parsed.message);
    parsedFrequency = parsed.frequency;
  }

  const username = params.string('Username') || (command.type === 'RunShellScript' ? 'root' : 'System');
  if (username.length > ctx.limits.usernameLength) {
    throw apiError('Username.ExceedLimit', `Use at most ${ctx.limits.usernameLength} characters.`);
  }
  const windowsPasswordName = params.string('WindowsPasswordName') ?? '';
  if (windowsPasswordName.length > ctx.limits.windowsPasswordNameLength) {
    throw platformErrors.invalidParameter('WindowsPasswordName', `At most ${ctx.limits.windowsPasswordNameLength} characters.`);
  }
  const workingDir = params.string('WorkingDir') || command.workingDir;
  if (workingDir.length > ctx.limits.workingDirLength) {
    throw platformErrors.invalidParameter('WorkingDir', `At most ${ctx.limits.workingDirLength} characters.`);
  }
  if ((params.string('Launcher') ?? '').length > 1024) throw platformErrors.invalidParameter('Launcher', 'At most 1 KB.');
  params.oneOf('TerminationMode', ['Process', 'ProcessTree'] as const);
  validateExtras(call, command);

  const parameters = parseParameters(call, command);
  const size = base64EncodedLength(substituteParameters(command.content, parameters));
  if (size > ctx.limits.contentBase64Bytes) {
    throw apiError('CmdContent.ExceedLimit', `The content with parameters substituted is ${size} bytes in Base64; the limit is ${ctx.limits.contentBase64Bytes}.`);
  }
  const instances = checkTargets(call, region, ids, command);
  return { command, instances, repeatMode, frequency, parsedFrequency, parameters, timeout, username, workingDir, windowsPasswordName };
}

/** A saved command of the region, or a public one by ID or by name (InvokeCommand accepts a public command's name). */
function findCommand(call: ActionCall, region: RegionSpec, commandId: string): Command {
  const command = call.ctx.store.anyCommand(commandId) ?? call.ctx.store.publicCommandByName(region.regionId, commandId);
  if (!command || command.regionId !== region.regionId) {
    throw apiError('InvalidCmdId.NotFound', `No command ${commandId} in ${region.regionId}: call DescribeCommands for the IDs.`);
  }
  return command;
}

/** Parameters: a JSON object of at most N keys, each declared by the command; values become strings. */
export function parseParameters(call: ActionCall, command: Command): Record<string, string> {
  const { params, ctx } = call;
  const raw = (params.string('Parameters') ?? '').trim();
  const values: Record<string, string> = {};
  if (raw !== '' && raw !== '{}') {
    if (!command.enableParameter) {
      throw apiError('Parameter.Disabled', `Command ${command.commandId} was created with EnableParameter=false.`);
    }
    const duplicates = findDuplicateJsonKeys(raw);
    if (duplicates === null) throw platformErrors.invalidParameter('Parameters', 'It must be a JSON object of names and values.');
    if (duplicates.length) throw apiError('ParameterKey.Duplicate', `Repeated: ${duplicates.join(', ')}.`);
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    const keys = Object.keys(parsed);
    if (keys.length > ctx.limits.parametersPerCall) {
      throw apiError('ParameterCount.ExceedLimit', `${keys.length} passed; at most ${ctx.limits.parametersPerCall}.`);
    }
    const tooLong = keys.find((key) => key.length === 0 || key.length > ctx.limits.parameterKeyLength);
    if (tooLong !== undefined) {
      if (tooLong === '') throw platformErrors.invalidParameter('Parameters', 'A parameter name cannot be empty.');
      throw apiError('ParameterKey.ExceedLimit', `"${tooLong.slice(0, 20)}…" is ${tooLong.length} characters; at most ${ctx.limits.parameterKeyLength}.`);
    }
    const declared = new Set(extractParameterNames(command.content).map((name) => name.toLowerCase()));
    const unknown = keys.filter((key) => !declared.has(key.toLowerCase()));
    if (unknown.length) {
      throw apiError('Parameter.NotMatched', `Not declared by the command: ${unknown.join(', ')}. Declared: ${[...declared].join(', ') || 'none'}.`);
    }
    for (const key of keys) values[key] = stringify(parsed[key]);
  }
  for (const definition of command.parameterDefinitions) {
    const given = Object.keys(values).some((key) => key.toLowerCase() === definition.name.toLowerCase());
    if (!given && definition.defaultValue !== undefined) values[definition.name] = definition.defaultValue;
  }
  return values;
}

function stringify(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}
