import { newCommandId } from '../simulation/ids';
import { requireRegion, type ActionHandler } from './context';
import { readCommandFields } from './command-fields';
import { withClientToken } from './idempotency';
import { startInvocation } from './invoke-command';
import { validateInvoke } from './invoke-validation';

/**
 * RunCommand: a script run without being saved first. It is InvokeCommand's rules on a
 * command read from the request (ContentEncoding defaults to PlainText here); with
 * KeepCommand=true the command is also saved and listed by DescribeCommands.
 */
export const runCommand: ActionHandler = (call) => {
  const region = requireRegion(call.params, 'cloud-assistant');
  const dryRun = call.params.string('RepeatMode') === 'DryRun';
  const keep = call.params.bool('KeepCommand') ?? false;
  const run = () => {
    const command = readCommandFields(call, region, newCommandId(region), 'PlainText', false);
    const plan = validateInvoke(call, region, command);
    if (dryRun) return {};
    const invocation = startInvocation(call, region, plan);
    if (keep) call.ctx.store.addCommand(command);
    return { CommandId: command.commandId, InvokeId: invocation.invokeId };
  };
  return dryRun ? run() : withClientToken(call, 'RunCommand', region.regionId, run);
};
