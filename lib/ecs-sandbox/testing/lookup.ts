import * as $Ecs from '@alicloud/ecs20140526';
import type { ecsClient } from './clients';

type Client = ReturnType<typeof ecsClient>;

/** Instance IDs by name in a region, read through DescribeInstances with NextToken paging. */
export async function instanceIds(client: Client, regionId = 'cn-shanghai'): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  let nextToken: string | undefined;
  do {
    const response = await client.describeInstances(new $Ecs.DescribeInstancesRequest({ regionId, maxResults: 100, nextToken }));
    for (const instance of response.body?.instances?.instance ?? []) ids.set(instance.instanceName ?? '', instance.instanceId ?? '');
    nextToken = response.body?.nextToken || undefined;
  } while (nextToken);
  return ids;
}

/** Command IDs by name in a region. */
export async function commandIds(client: Client, regionId = 'cn-shanghai'): Promise<Map<string, string>> {
  const response = await client.describeCommands(new $Ecs.DescribeCommandsRequest({ regionId, maxResults: 50 }));
  return new Map((response.body?.commands?.command ?? []).map((command) => [command.name ?? '', command.commandId ?? '']));
}

export function pick(ids: Map<string, string>, ...names: string[]): string[] {
  return names.map((name) => {
    const id = ids.get(name);
    if (!id) throw new Error(`no instance named ${name}`);
    return id;
  });
}

/** `web-prod-001` … for numbers in [from, to]. */
export function webProd(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `web-prod-${String(from + i).padStart(3, '0')}`);
}
