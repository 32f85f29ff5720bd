import 'server-only';

import { mapWithConcurrency } from '@/lib/concurrency';
import { type Db } from '@/lib/db/client';
import { countInvocationsToday } from '@/lib/db/launches';
import { type EcsClient, type EcsCommand, type EcsInstanceWithAgent, INSTANCES_PAGE_MAX } from '@/lib/ecs';
import { type InvokeDraft } from '@/lib/invoke/draft';
import { type Limits } from '@/lib/invoke/limits';
import { toCommandInfo } from '@/lib/invoke/command-info';
import { instanceInfoOf, type InvokeContext } from '@/lib/invoke/types';

/**
 * What the launch rules need, read fresh from ECS for exactly what the draft names (the
 * browser's copy may be minutes old): the command, the instances with their agent status,
 * and today's quota use from our own records.
 */
export async function loadInvokeContext(
  ecs: EcsClient,
  db: Db,
  draft: Pick<InvokeDraft, 'regionId' | 'commandId' | 'instanceIds'>,
  limits: Limits,
  now = new Date(),
): Promise<InvokeContext & { ecsCommand: EcsCommand | null }> {
  const [commands, instances, used] = await Promise.all([
    draft.commandId ? ecs.describeCommands(draft.regionId, { commandId: draft.commandId }) : Promise.resolve(null),
    loadInstances(ecs, draft.regionId, draft.instanceIds),
    countInvocationsToday(db, draft.regionId, now),
  ]);
  const ecsCommand = commands?.items.find((command) => command.commandId === draft.commandId) ?? null;
  return {
    command: ecsCommand ? toCommandInfo(ecsCommand) : null,
    ecsCommand,
    instances: instances.map(instanceInfoOf),
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
