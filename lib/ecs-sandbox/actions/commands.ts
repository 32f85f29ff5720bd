import { newCommandId } from '../simulation/ids';
import { requireRegion, type ActionHandler } from './context';
import { checkDescription, checkLauncher, checkName, checkWorkingDir, readCommandFields } from './command-fields';
import { apiError } from './errors';
import { withClientToken } from './idempotency';

/** CreateCommand: ContentEncoding defaults to Base64 here (RunCommand's default is the opposite). */
export const createCommand: ActionHandler = (call) => {
  const region = requireRegion(call.params, 'cloud-assistant');
  return withClientToken(call, 'CreateCommand', region.regionId, () => {
    const command = readCommandFields(call, region, newCommandId(region), 'Base64', true);
    call.ctx.store.addCommand(command);
    return { CommandId: command.commandId };
  });
};

/**
 * ModifyCommand: Name, Description, WorkingDir, Timeout and Launcher change in place.
 * CommandContent is accepted and ignored, as the reference says; public commands cannot be changed.
 */
export const modifyCommand: ActionHandler = ({ params, ctx }) => {
  const region = requireRegion(params, 'cloud-assistant');
  const commandId = params.required('CommandId');
  const command = ctx.store.commands.get(commandId);
  if (!command || command.regionId !== region.regionId) {
    throw apiError('InvalidCmdId.NotFound', `No command ${commandId} of this account in ${region.regionId}.`);
  }
  const name = params.string('Name');
  if (name !== undefined) checkName(name);
  const description = params.string('Description');
  if (description !== undefined) checkDescription(description);
  const workingDir = params.string('WorkingDir');
  if (workingDir !== undefined) checkWorkingDir({ params, ctx }, workingDir);
  const launcher = params.string('Launcher');
  if (launcher !== undefined) checkLauncher(launcher);
  const timeout = params.int('Timeout', { min: ctx.limits.minTimeoutSeconds, max: 86_400 });
  // Empty values leave a field as it is (the API treats an empty optional parameter as absent).
  ctx.store.updateCommand({
    ...command,
    ...(name ? { name } : {}),
    ...(description !== undefined && description !== '' ? { description } : {}),
    ...(workingDir ? { workingDir } : {}),
    ...(launcher !== undefined && launcher !== '' ? { launcher } : {}),
    ...(timeout !== undefined ? { timeout } : {}),
  });
  return {};
};

/** DeleteCommand: invocations already made keep their copy of the content. */
export const deleteCommand: ActionHandler = ({ params, ctx }) => {
  const region = requireRegion(params, 'cloud-assistant');
  const commandId = params.required('CommandId');
  const command = ctx.store.commands.get(commandId);
  if (!command || command.regionId !== region.regionId) {
    throw apiError('InvalidCmdId.NotFound', `No command ${commandId} of this account in ${region.regionId}.`);
  }
  ctx.store.deleteCommand(commandId);
  return {};
};
