import 'server-only';

/**
 * The regions this deployment may call: in live mode the configured ones (ECS_REGIONS), in
 * sandbox mode the ones the sandbox lists. The SDK builds the API host from the region, so a
 * region outside this set must never reach it, whoever asked for it.
 */
export interface RegionGuard {
  /** The allowed regions, first the default. */
  regions(): Promise<readonly string[]>;
  allows(region: string): Promise<boolean>;
}

export function fixedRegions(regions: readonly string[]): RegionGuard {
  const set = new Set(regions);
  return { regions: () => Promise.resolve(regions), allows: (region) => Promise.resolve(set.has(region)) };
}

/**
 * Regions learnt once from a source (the sandbox's DescribeRegions) and kept; a failed read is
 * not kept, so the next call asks again instead of refusing every region until a restart.
 */
export function discoveredRegions(load: () => Promise<readonly string[]>): RegionGuard {
  let pending: Promise<{ list: readonly string[]; set: ReadonlySet<string> }> | null = null;
  const read = () => {
    pending ??= load().then(
      (list) => ({ list, set: new Set(list) }),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  return {
    regions: async () => (await read()).list,
    allows: async (region) => (await read()).set.has(region),
  };
}
