import * as $Ecs from '@alicloud/ecs20140526';

import type { RunningSandbox } from '../server';
import { ecsClient } from './clients';

/**
 * Commands made and removed through the official SDK, for tests elsewhere in the app that
 * need the world to change under them (the app itself never creates or deletes commands).
 */
export async function createCommand(
  sandbox: RunningSandbox,
  command: { regionId: string; name: string; type: 'RunShellScript' | 'RunBatScript' | 'RunPowerShellScript'; content: string; enableParameter?: boolean },
): Promise<string> {
  const response = await ecsClient(sandbox).createCommand(
    new $Ecs.CreateCommandRequest({
      regionId: command.regionId,
      name: command.name,
      type: command.type,
      enableParameter: command.enableParameter ?? false,
      contentEncoding: 'PlainText',
      commandContent: command.content,
    }),
  );
  const commandId = response.body?.commandId;
  if (!commandId) throw new Error(`CreateCommand ${command.name} returned no CommandId`);
  return commandId;
}

export async function deleteCommand(sandbox: RunningSandbox, regionId: string, commandId: string): Promise<void> {
  await ecsClient(sandbox).deleteCommand(new $Ecs.DeleteCommandRequest({ regionId, commandId }));
}
