import { extractParameterNames } from '@/lib/invoke/parameters';
import { base64EncodedLength } from '@/lib/invoke/text-length';
import { newCommandId } from '../simulation/ids';
import type { Command, CommandType } from '../state/types';
import { platformErrors, requireRegion, type ActionHandler } from './context';
import { apiError } from './errors';
import { withClientToken } from './idempotency';

const TYPES: readonly CommandType[] = ['RunShellScript', 'RunBatScript', 'RunPowerShellScript'];
const MAX_DEFINED_PARAMETERS = 20;

/** CreateCommand: ContentEncoding defaults to Base64 here (RunCommand's default is the opposite). */
export const createCommand: ActionHandler = (call) => {
  const { params, ctx } = call;
  const region = requireRegion(params, 'cloud-assistant');
  return withClientToken(call, 'CreateCommand', region.regionId, () => {
    const name = params.required('Name');
    if (name.length > 128) throw platformErrors.invalidParameter('Name', 'At most 128 characters.');
    const type = params.required('Type');
    if (!(TYPES as readonly string[]).includes(type)) throw platformErrors.invalidParameter('Type', `Valid values: ${TYPES.join(', ')}.`);
    const raw = params.required('CommandContent');
    const content = params.string('ContentEncoding')?.toLowerCase() === 'plaintext' ? raw : decodeBase64(raw);
    if (base64EncodedLength(content) > ctx.limits.contentBase64Bytes) {
      throw apiError('CmdContent.ExceedLimit', `Its Base64 form must be at most ${ctx.limits.contentBase64Bytes} bytes.`);
    }
    const description = params.string('Description') ?? '';
    if (description.length > 512) throw platformErrors.invalidParameter('Description', 'At most 512 characters.');
    const workingDir = params.string('WorkingDir') ?? (type === 'RunShellScript' ? '/root' : 'C:\\Windows\\system32');
    if (workingDir.length > ctx.limits.workingDirLength) {
      throw platformErrors.invalidParameter('WorkingDir', `At most ${ctx.limits.workingDirLength} characters.`);
    }
    const launcher = params.string('Launcher') ?? '';
    if (launcher.length > 1024) throw platformErrors.invalidParameter('Launcher', 'At most 1 KB.');
    const timeout = params.int('Timeout', { min: ctx.limits.minTimeoutSeconds, max: 86_400 }) ?? 60;
    const enableParameter = params.bool('EnableParameter') ?? false;
    if (enableParameter && extractParameterNames(content).length > MAX_DEFINED_PARAMETERS) {
      throw apiError('ParameterCount.ExceedLimit', `A command may define at most ${MAX_DEFINED_PARAMETERS} parameters.`);
    }
    const command: Command = {
      commandId: newCommandId(region),
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
    ctx.store.addCommand(command);
    return { CommandId: command.commandId };
  });
};

/** DeleteCommand: invocations already made keep their copy of the content. */
export const deleteCommand: ActionHandler = ({ params, ctx }) => {
  const region = requireRegion(params, 'cloud-assistant');
  const commandId = params.required('CommandId');
  const command = ctx.store.commands.get(commandId);
  if (!command || command.regionId !== region.regionId) throw apiError('InvalidCmdId.NotFound', `No command ${commandId} in ${region.regionId}.`);
  ctx.store.deleteCommand(commandId);
  return {};
};

function decodeBase64(text: string): string {
  const compact = text.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) {
    throw platformErrors.invalidParameter('CommandContent', 'ContentEncoding is Base64 (the default), but the content is not valid Base64. Encode it, or set ContentEncoding=PlainText.');
  }
  return Buffer.from(compact, 'base64').toString('utf8');
}
