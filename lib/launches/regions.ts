import 'server-only';

import { getEcsClient, getRegionGuard, type RegionGuard } from '@/lib/ecs';
import { getEnv } from '@/lib/env';
import { invalid } from '@/lib/errors';
import { regionIdSchema } from '@/lib/invoke/region';
import { logger } from '@/lib/logger';
import { createTtlCache, type TtlCache } from '@/lib/ttl-cache';

export interface RegionOption {
  regionId: string;
  localName: string;
}

/**
 * The regions the form offers: in live mode the configured ones (ECS_REGIONS), in sandbox
 * mode every region the sandbox lists. The first is the default. Their local names are only
 * words beside the IDs: when DescribeRegions fails, the last names read (or none) stand in, so a
 * page does not lose its form to a failed read of them. The regions themselves come from the
 * guard, which fails the page when it has never been able to learn them.
 */
export async function listRegionOptions(guard: RegionGuard = getRegionGuard(), readNames: (region: string) => Promise<ReadonlyMap<string, string>> = describeRegionNames): Promise<RegionOption[]> {
  const allowed = await guard.regions();
  const key = allowed[0] ?? '';
  const names = await cache()
    .names.get(key, () => readNames(key))
    .then(
      (read) => {
        cache().lastNames.set(key, read);
        return read;
      },
      (error: unknown) => {
        logger.warn('the region names could not be read; the form shows the last ones read, or the IDs alone', { error: error instanceof Error ? error.message : String(error) });
        return cache().lastNames.get(key) ?? new Map<string, string>();
      },
    );
  return allowed.map((regionId) => ({ regionId, localName: names.get(regionId) ?? '' }));
}

async function describeRegionNames(region: string): Promise<ReadonlyMap<string, string>> {
  const { regions } = await getEcsClient().describeRegions(region ? { region } : {});
  return new Map(regions.map((entry) => [entry.regionId, entry.localName]));
}

// Shared by every page a viewer opens for ECS_LIST_CACHE_MS, not read on each of them; the last
// names read are kept as long as the process.
const cacheHolder = globalThis as unknown as { invokedeckRegionNameCache?: { names: TtlCache<ReadonlyMap<string, string>>; lastNames: Map<string, ReadonlyMap<string, string>> } };
const cache = () => (cacheHolder.invokedeckRegionNameCache ??= { names: createTtlCache<ReadonlyMap<string, string>>(getEnv().ECS_LIST_CACHE_MS), lastNames: new Map() });

const NOT_ALLOWED = 'Region: choose one of the regions InvokeDeck is set up for.';

/**
 * A region the browser named, checked on the server: well-formed and one of this
 * deployment's regions. Every action and route that takes a region parses it with this
 * (parsing is async: the sandbox's regions are learnt from the sandbox).
 */
export const allowedRegionSchema = regionIdSchema.refine((region) => getRegionGuard().allows(region), NOT_ALLOWED);

/** The same check for a region inside a larger payload, as a field error on `field`. */
export async function requireAllowedRegion(region: string, field: string, guard: RegionGuard = getRegionGuard()): Promise<void> {
  const shape = regionIdSchema.safeParse(region);
  if (!shape.success) throw invalid(shape.error.issues[0]?.message ?? NOT_ALLOWED, { [field]: [shape.error.issues[0]?.message ?? NOT_ALLOWED] });
  if (!(await guard.allows(region))) throw invalid(NOT_ALLOWED, { [field]: [NOT_ALLOWED] });
}

/** A region from a URL, kept only when it is one of this deployment's (pages ignore others). */
export async function allowedRegionOrUndefined(region: string | undefined, guard: RegionGuard = getRegionGuard()): Promise<string | undefined> {
  return region !== undefined && regionIdSchema.safeParse(region).success && (await guard.allows(region)) ? region : undefined;
}
