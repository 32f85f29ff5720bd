import 'server-only';

import { type EcsClient, INSTANCES_PAGE_MAX } from '@/lib/ecs';
import { eligibility } from '@/lib/invoke/eligibility';
import { type CommandType, instanceInfoOf, type RepeatMode } from '@/lib/invoke/types';

export interface Preflight {
  eligible: string[];
  /** Left out, with the reason an operator reads ("Stopped", "Agent offline", "Released"). */
  skipped: { instanceId: string; code: string; reason: string }[];
}

/**
 * A batch's instances checked against ECS just before it is sent: one ineligible instance would
 * fail the whole InvokeCommand, so those are left out (and say why) and the rest go.
 */
export async function preflightBatch(
  ecs: EcsClient,
  launch: { region: string; commandType: CommandType; repeatMode: RepeatMode; frequency: string },
  instanceIds: readonly string[],
): Promise<Preflight> {
  const found = new Map<string, Parameters<typeof instanceInfoOf>[0]>();
  for (let start = 0; start < instanceIds.length; start += INSTANCES_PAGE_MAX) {
    const ids = instanceIds.slice(start, start + INSTANCES_PAGE_MAX);
    const page = await ecs.listInstancesWithAgentPage(launch.region, null, { instanceIds: ids, maxResults: INSTANCES_PAGE_MAX });
    for (const instance of page.items) found.set(instance.instanceId, instance);
  }
  const result: Preflight = { eligible: [], skipped: [] };
  for (const instanceId of instanceIds) {
    const instance = found.get(instanceId);
    if (!instance) {
      result.skipped.push({ instanceId, code: 'InvalidInstance.NotFound', reason: 'No longer exists (released)' });
      continue;
    }
    const verdict = eligibility(instanceInfoOf(instance), { type: launch.commandType }, { repeatMode: launch.repeatMode, frequency: launch.frequency });
    if (verdict.eligible) result.eligible.push(instanceId);
    else result.skipped.push({ instanceId, code: verdict.code, reason: verdict.reason });
  }
  return result;
}
