import 'server-only';

import { type Db } from '@/lib/db/client';
import { quotaDay, quotaUsed } from '@/lib/db/quota';
import { type EcsClient, type EcsCommand, INSTANCES_PAGE_MAX } from '@/lib/ecs';
import { type InvokeDraft } from '@/lib/invoke/draft';
import { type Limits } from '@/lib/invoke/limits';
import { findCommand } from '@/lib/commands/list';
import { toCommandInfo } from '@/lib/invoke/command-info';
import { scriptCommandInfo } from '@/lib/invoke/rules-script';
import { instanceInfoOf, type InvokeContext, type InvokeInstanceInfo } from '@/lib/invoke/types';
import { lookUpInstances } from '@/lib/launches/instance-lookup';

/**
 * Instances a launch may name and still be looked up before it is recorded (one
 * DescribeInstances page): the operator gets each refusal on its field. Larger launches are
 * checked batch by batch just before each is sent, so recording one costs the same whatever
 * its size.
 */
export const CHECK_NOW_MAX = INSTANCES_PAGE_MAX;

/**
 * What the launch rules need, read fresh from ECS for exactly what the draft names (the
 * browser's copy may be minutes old): the command, the instances with their agent status
 * (for launches of up to CHECK_NOW_MAX), and today's quota use from our own records.
 */
export async function loadInvokeContext(
  ecs: EcsClient,
  db: Db,
  draft: Pick<InvokeDraft, 'regionId' | 'commandId' | 'instanceIds' | 'script'>,
  limits: Limits,
  now = new Date(),
): Promise<InvokeContext & { ecsCommand: EcsCommand | null }> {
  const checkNow = new Set(draft.instanceIds).size <= CHECK_NOW_MAX;
  const [ecsCommand, instances, used] = await Promise.all([
    // The account's own command, or one of Alibaba's public ones.
    draft.commandId ? findCommand(ecs, draft.regionId, draft.commandId) : Promise.resolve(null),
    checkNow ? loadInstances(ecs, draft.regionId, draft.instanceIds) : Promise.resolve([]),
    quotaUsed(db, draft.regionId, quotaDay(now)),
  ]);
  return {
    // A script is judged as the command RunCommand makes of it.
    command: draft.script ? scriptCommandInfo(draft.script) : ecsCommand ? toCommandInfo(ecsCommand) : null,
    ecsCommand,
    instances: instances.map(instanceInfoOf),
    instancesChecked: checkNow ? 'now' : 'before-each-batch',
    limits,
    now,
    quota: { used, limit: limits.dailyInvocations },
  };
}

/** ECS and managed (`mi-`) instances alike, each looked up with its own operation: instance-lookup.ts. */
async function loadInstances(ecs: EcsClient, region: string, instanceIds: readonly string[]): Promise<InvokeInstanceInfo[]> {
  return lookUpInstances(ecs, region, instanceIds);
}
