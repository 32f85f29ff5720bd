import 'server-only';

import type { DescribeCommandsInput, EcsClient, EcsCommand } from '@/lib/ecs';
import type { CommandType } from '@/lib/invoke/types';
import { getEnv } from '@/lib/env';
import { createTtlCache } from '@/lib/ttl-cache';

/** Every public command is listed under this provider; longer names (AlibabaCloud.ECS.GuestOS) are its parts. */
export const PUBLIC_PROVIDER = 'AlibabaCloud';

// A region rarely holds more; past this the search still narrows by name.
const MAX_PAGES = 10;

export interface RegionCommands {
  /** The account's own first, then Alibaba's (newest version of each). */
  commands: EcsCommand[];
  /** More than MAX_PAGES pages of one kind: the rest were not read. */
  truncated: boolean;
}

/**
 * The region's commands as DescribeCommands lists them: the account's own, and Alibaba's
 * public ones (`Provider`, `Latest=true`, so one row per public command). The Commands page
 * and the launch form's picker both read this.
 */
export async function listRegionCommands(ecs: EcsClient, region: string, options: { type?: CommandType } = {}): Promise<RegionCommands> {
  const [own, shared] = await Promise.all([
    allPages(ecs, region, { ...(options.type && { type: options.type }) }),
    allPages(ecs, region, { provider: PUBLIC_PROVIDER, latest: true, ...(options.type && { type: options.type }) }),
  ]);
  return { commands: [...own.items, ...shared.items], truncated: own.truncated || shared.truncated };
}

// Per process: the form's picker asks on every open; a command changed here is forgotten at once, one changed elsewhere within ECS_LIST_CACHE_MS.
const cacheHolder = globalThis as unknown as { invokedeckCommandLists?: ReturnType<typeof createTtlCache<RegionCommands>> };
const pickerLists = () => (cacheHolder.invokedeckCommandLists ??= createTtlCache<RegionCommands>(getEnv().ECS_LIST_CACHE_MS));

/**
 * The region's commands for the launch form's picker: `listRegionCommands`, shared by every
 * viewer for ECS_LIST_CACHE_MS (15 s), so 50 people opening the form make the same few DescribeCommands calls as one.
 * The Commands page reads fresh.
 */
export function listPickerCommands(ecs: EcsClient, region: string): Promise<RegionCommands> {
  return pickerLists().get(region, () => listRegionCommands(ecs, region));
}

/** Forget the picker's list of a region: InvokeDeck created, changed or deleted one of its commands. */
export function forgetPickerCommands(region: string): void {
  pickerLists().invalidate(region);
}

async function allPages(ecs: EcsClient, region: string, input: DescribeCommandsInput): Promise<{ items: EcsCommand[]; truncated: boolean }> {
  const items: EcsCommand[] = [];
  let nextToken: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await ecs.describeCommands(region, { ...input, nextToken, maxResults: 50 });
    items.push(...result.items);
    nextToken = result.nextToken;
    if (!nextToken) break;
  }
  return { items, truncated: nextToken !== null };
}

/**
 * One command by ID: the account's own, or else one of Alibaba's (DescribeCommands without
 * `Provider` lists only the account's). Null when neither has it.
 */
export async function findCommand(ecs: EcsClient, region: string, commandId: string): Promise<EcsCommand | null> {
  const own = await ecs.describeCommands(region, { commandId, maxResults: 1 });
  const found = own.items.find((command) => command.commandId === commandId);
  if (found) return found;
  const shared = await ecs.describeCommands(region, { commandId, provider: PUBLIC_PROVIDER, maxResults: 1 });
  return shared.items.find((command) => command.commandId === commandId) ?? null;
}

/** Every version of a public command (they share its name), newest first. */
export async function publicCommandVersions(ecs: EcsClient, region: string, command: EcsCommand): Promise<EcsCommand[]> {
  if (!command.provider) return [command];
  const { items } = await allPages(ecs, region, { provider: PUBLIC_PROVIDER, name: command.name });
  const versions = items.filter((entry) => entry.name === command.name);
  return (versions.length ? versions : [command]).sort((a, b) => b.version - a.version);
}
