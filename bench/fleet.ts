import { type EcsClient } from '@/lib/ecs';

/** Running Linux VPC instances with an online agent in the sandbox's cn-shanghai, up to `limit`. */
export async function eligibleLinux(ecs: EcsClient, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let token: string | null = null;
  do {
    const page = await ecs.listInstancesWithAgentPage('cn-shanghai', token, { maxResults: 100 });
    ids.push(...page.items.filter((item) => item.status === 'Running' && item.osType === 'linux' && item.agentOnline && item.networkType === 'vpc').map((item) => item.instanceId));
    token = page.nextToken;
  } while (token && ids.length < limit);
  return ids.slice(0, limit);
}
