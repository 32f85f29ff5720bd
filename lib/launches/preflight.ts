import 'server-only';

import { type EcsClient } from '@/lib/ecs';
import { eligibility } from '@/lib/invoke/eligibility';
import { isManagedInstanceId } from '@/lib/invoke/ids';
import { type CommandType, type RepeatMode } from '@/lib/invoke/types';
import { lookUpInstances } from '@/lib/launches/instance-lookup';

export interface Preflight {
  eligible: string[];
  /** Left out, with the reason an operator reads ("Stopped", "Agent offline", "Released"). */
  skipped: { instanceId: string; code: string; reason: string }[];
}

/**
 * A batch's instances checked against ECS just before it is sent: one ineligible instance would
 * fail the whole InvokeCommand, so those are left out (and say why) and the rest go. Managed
 * instances (`mi-`) are looked up with DescribeManagedInstances; a classic-network instance goes
 * in live mode (a warning there, not a refusal).
 */
export async function preflightBatch(
  ecs: EcsClient,
  launch: { region: string; commandType: CommandType; repeatMode: RepeatMode; frequency: string },
  instanceIds: readonly string[],
): Promise<Preflight> {
  const found = new Map((await lookUpInstances(ecs, launch.region, instanceIds)).map((instance) => [instance.instanceId, instance]));
  const result: Preflight = { eligible: [], skipped: [] };
  for (const instanceId of instanceIds) {
    const instance = found.get(instanceId);
    if (!instance) {
      const reason = isManagedInstanceId(instanceId) ? 'No longer registered (deregistered)' : 'No longer exists (released)';
      result.skipped.push({ instanceId, code: 'InvalidInstance.NotFound', reason });
      continue;
    }
    const verdict = eligibility(instance, { type: launch.commandType }, { repeatMode: launch.repeatMode, frequency: launch.frequency });
    if (verdict.eligible) result.eligible.push(instanceId);
    else result.skipped.push({ instanceId, code: verdict.code, reason: verdict.reason });
  }
  return result;
}
