import 'server-only';

import { mapWithConcurrency } from '@/lib/concurrency';
import { type CommandLaunchRow, listCommandLaunches } from '@/lib/db/command-launches';
import { type Db } from '@/lib/db/client';
import { type EcsClient, type RegionGuard } from '@/lib/ecs';
import { isCommandId } from '@/lib/invoke/ids';

import { findCommand, publicCommandVersions } from './list';
import { type CommandDetailView, toCommandDetail } from './view';

/** Launches a command's page lists; the invocations list filtered by the command has the rest. */
export const COMMAND_LAUNCHES_SHOWN = 50;

export interface CommandPage {
  regionId: string;
  command: CommandDetailView;
  launches: CommandLaunchRow[];
}

/**
 * A command's page: the command (own or public) with its versions, and InvokeDeck's launches
 * of any of them. Without a region (an audit link names only the ID) each allowed region is
 * asked in turn. Null when no region has it.
 */
export async function loadCommandPage(deps: { db: Db; ecs: EcsClient; regions: RegionGuard }, commandId: string, region: string | undefined): Promise<CommandPage | null> {
  if (!isCommandId(commandId)) return null;
  const candidates = region ? [region] : await deps.regions.regions();
  const found = (await mapWithConcurrency(candidates, 3, async (regionId) => ({ regionId, command: await findCommand(deps.ecs, regionId, commandId) }))).find((entry) => entry.command);
  if (!found?.command) return null;
  const versions = await publicCommandVersions(deps.ecs, found.regionId, found.command);
  const launches = await listCommandLaunches(deps.db, { regionId: found.regionId, commandIds: versions.map((entry) => entry.commandId), limit: COMMAND_LAUNCHES_SHOWN });
  return { regionId: found.regionId, command: toCommandDetail(found.command, versions), launches };
}
