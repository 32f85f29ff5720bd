import { extractParameterNames } from '@/lib/invoke/parameters';
import { base64EncodedLength, charLength } from '@/lib/invoke/text-length';
import type { RegionSpec } from '../simulation/regions';
import type { Command, CommandType } from '../state/types';
import { platformErrors, type ActionCall } from './context';
import { apiError } from './errors';

export const COMMAND_TYPES: readonly CommandType[] = ['RunShellScript', 'RunBatScript', 'RunPowerShellScript'];
const MAX_DEFINED_PARAMETERS = 20;

/**
 * A command as CreateCommand and RunCommand describe it (the same fields and rules). Only
 * the ContentEncoding default differs: Base64 for CreateCommand, PlainText for RunCommand,
 * and an unknown value falls back to that default.
 */
export function readCommandFields(call: ActionCall, region: RegionSpec, commandId: string, defaultEncoding: 'Base64' | 'PlainText', nameRequired: boolean): Command {
  const { params, ctx } = call;
  const name = nameRequired ? params.required('Name') : (params.string('Name') ?? '');
  checkName(name);
  const type = params.required('Type');
  if (!(COMMAND_TYPES as readonly string[]).includes(type)) throw platformErrors.invalidParameter('Type', `Valid values: ${COMMAND_TYPES.join(', ')}.`);
  const raw = params.required('CommandContent');
  const encoding = params.string('ContentEncoding')?.toLowerCase();
  const base64 = defaultEncoding === 'Base64' ? encoding !== 'plaintext' : encoding === 'base64';
  const content = base64 ? decodeBase64(raw, defaultEncoding) : raw;
  checkContentSize(call, content);
  const description = params.string('Description') ?? '';
  checkDescription(description);
  const workingDir = params.string('WorkingDir') ?? (type === 'RunShellScript' ? '/root' : 'C:\\Windows\\system32');
  checkWorkingDir(call, workingDir);
  const launcher = params.string('Launcher') ?? '';
  checkLauncher(launcher);
  const timeout = params.int('Timeout', { min: ctx.limits.minTimeoutSeconds, max: 86_400 }) ?? 60;
  const enableParameter = params.bool('EnableParameter') ?? false;
  if (enableParameter && extractParameterNames(content).length > MAX_DEFINED_PARAMETERS) {
    throw apiError('ParameterCount.ExceedLimit', `A command may define at most ${MAX_DEFINED_PARAMETERS} parameters.`);
  }
  return {
    commandId,
    regionId: region.regionId,
    name,
    description,
    type: type as CommandType,
    content,
    workingDir,
    timeout,
    enableParameter,
    parameterDefinitions: [],
    launcher,
    resourceGroupId: params.string('ResourceGroupId') ?? '',
    tags: params.tags('Tag').map((tag) => ({ key: tag.key, value: tag.value ?? '' })),
    creationTime: ctx.clock.now(),
  };
}

export function checkContentSize(call: ActionCall, content: string): void {
  const limit = call.ctx.limits.contentBase64Bytes;
  if (base64EncodedLength(content) > limit) throw apiError('CmdContent.ExceedLimit', `Its Base64 form must be at most ${limit} bytes.`);
}

/** Alibaba states name, description and path limits in characters: an emoji is one, not two UTF-16 units. */
export function checkName(name: string): void {
  if (charLength(name) > 128) throw platformErrors.invalidParameter('Name', 'At most 128 characters.');
}

export function checkDescription(description: string): void {
  if (charLength(description) > 512) throw platformErrors.invalidParameter('Description', 'At most 512 characters.');
}

export function checkWorkingDir(call: ActionCall, workingDir: string): void {
  const limit = call.ctx.limits.workingDirLength;
  if (charLength(workingDir) > limit) throw platformErrors.invalidParameter('WorkingDir', `At most ${limit} characters.`);
}

export function checkLauncher(launcher: string): void {
  if (launcher.length > 1024) throw platformErrors.invalidParameter('Launcher', 'At most 1 KB.');
}

/** Strict Base64 (whitespace allowed): content that is not Base64 is refused, never run as garbage. */
export function decodeBase64(text: string, defaultEncoding: 'Base64' | 'PlainText'): string {
  const compact = text.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) {
    const why = defaultEncoding === 'Base64' ? 'ContentEncoding is Base64 (the default)' : 'ContentEncoding is Base64';
    throw platformErrors.invalidParameter('CommandContent', `${why}, but the content is not valid Base64. Encode it, or set ContentEncoding=PlainText.`);
  }
  return Buffer.from(compact, 'base64').toString('utf8');
}
