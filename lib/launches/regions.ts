import 'server-only';

import { getEcsClient, getRegionGuard, type RegionGuard } from '@/lib/ecs';
import { getEnv } from '@/lib/env';
import { invalid } from '@/lib/errors';
import { regionIdSchema } from '@/lib/invoke/region';
import { createTtlCache } from '@/lib/ttl-cache';

export interface RegionOption {
  regionId: string;
  localName: string;
}

/**
 * The regions the form offers: in live mode the configured ones (ECS_REGIONS), in sandbox
 * mode every region the sandbox lists. The first is the default.
 */
export async function listRegionOptions(guard: RegionGuard = getRegionGuard()): Promise<RegionOption[]> {
  const allowed = await guard.regions();
  const names = await regionNames().get(allowed[0] ?? '', async () => {
    const { regions } = await getEcsClient().describeRegions(allowed[0] ? { region: allowed[0] } : {});
    return new Map(regions.map((region) => [region.regionId, region.localName]));
  });
  return allowed.map((regionId) => ({ regionId, localName: names.get(regionId) ?? '' }));
}

// Shared by every page a viewer opens for ECS_LIST_CACHE_MS, not read on each of them.
const cacheHolder = globalThis as unknown as { invokedeckRegionNames?: ReturnType<typeof createTtlCache<Map<string, string>>> };
const regionNames = () => (cacheHolder.invokedeckRegionNames ??= createTtlCache<Map<string, string>>(getEnv().ECS_LIST_CACHE_MS));

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
