import 'server-only';

import { mapWithConcurrency } from '@/lib/concurrency';
import { type Db } from '@/lib/db/client';
import { quotaDay, quotaUsed } from '@/lib/db/quota';
import { type EcsClient, type EcsCommand, type EcsInstanceWithAgent, INSTANCES_PAGE_MAX } from '@/lib/ecs';
import { type InvokeDraft } from '@/lib/invoke/draft';
import { type Limits } from '@/lib/invoke/limits';
import { toCommandInfo } from '@/lib/invoke/command-info';
import { instanceInfoOf, type InvokeContext } from '@/lib/invoke/types';

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
  draft: Pick<InvokeDraft, 'regionId' | 'commandId' | 'instanceIds'>,
  limits: Limits,
  now = new Date(),
): Promise<InvokeContext & { ecsCommand: EcsCommand | null }> {
  const checkNow = new Set(draft.instanceIds).size <= CHECK_NOW_MAX;
  const [commands, instances, used] = await Promise.all([
    draft.commandId ? ecs.describeCommands(draft.regionId, { commandId: draft.commandId }) : Promise.resolve(null),
    checkNow ? loadInstances(ecs, draft.regionId, draft.instanceIds) : Promise.resolve([]),
    quotaUsed(db, draft.regionId, quotaDay(now)),
  ]);
  const ecsCommand = commands?.items.find((command) => command.commandId === draft.commandId) ?? null;
  return {
    command: ecsCommand ? toCommandInfo(ecsCommand) : null,
    ecsCommand,
    instances: instances.map(instanceInfoOf),
    instancesChecked: checkNow ? 'now' : 'before-each-batch',
    limits,
    now,
    quota: { used, limit: limits.dailyInvocations },
  };
}

/** ECS lookups one launch's validation keeps in flight at once. */
const LOOKUP_CONCURRENCY = 4;

async function loadInstances(ecs: EcsClient, region: string, instanceIds: readonly string[]): Promise<EcsInstanceWithAgent[]> {
  const unique = [...new Set(instanceIds)];
  const pages: string[][] = [];
  for (let start = 0; start < unique.length; start += INSTANCES_PAGE_MAX) pages.push(unique.slice(start, start + INSTANCES_PAGE_MAX));
  const results = await mapWithConcurrency(pages, LOOKUP_CONCURRENCY, (ids) =>
    ecs.listInstancesWithAgentPage(region, null, { instanceIds: ids, maxResults: INSTANCES_PAGE_MAX }),
  );
  return results.flatMap((page) => page.items);
}
