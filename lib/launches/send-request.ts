import 'server-only';

import { type EcsClient, type InvokeCommandInput, type RunCommandInput } from '@/lib/ecs';
import { type InvokeRequest, requestAction } from '@/lib/invoke/request';

/**
 * Make one built call: InvokeCommand for a saved command, RunCommand (not kept) for a script.
 * Both take the same targets, schedule and fields; a DryRun answers an empty InvokeId.
 */
export async function sendRequest(ecs: EcsClient, region: string, request: InvokeRequest): Promise<{ invokeId: string; requestId: string }> {
  const { CommandId, Type, CommandContent, Name, EnableParameter, Parameters, ...common } = request;
  if (requestAction(request) === 'InvokeCommand') {
    const input: InvokeCommandInput = { ...common, CommandId, ...(Parameters !== undefined && { Parameters }) };
    return ecs.invokeCommand(region, input);
  }
  const { RegionId: _region, Timed: _timed, ...rest } = common;
  const input: RunCommandInput = {
    ...rest,
    Type: Type ?? 'RunShellScript',
    CommandContent: CommandContent ?? '',
    ...(Name !== undefined && { Name }),
    ...(EnableParameter !== undefined && { EnableParameter }),
    ...(Parameters !== undefined && { Parameters: JSON.parse(Parameters) as Record<string, string> }),
    KeepCommand: false,
  };
  const { invokeId, requestId } = await ecs.runCommand(region, input);
  return { invokeId, requestId };
}
