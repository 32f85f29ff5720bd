import 'server-only';

import { getEcsClient } from '@/lib/ecs';
import { getEnv } from '@/lib/env';
import { modeInfo } from '@/lib/mode';

export interface RegionOption {
  regionId: string;
  localName: string;
}

/**
 * The regions the form offers: in live mode the configured ones (ECS_REGIONS), in sandbox
 * mode every region the sandbox lists. The first is the default.
 */
export async function listRegionOptions(): Promise<RegionOption[]> {
  const mode = modeInfo(getEnv());
  const { regions } = await getEcsClient().describeRegions(mode.kind === 'live' ? { region: mode.regions[0] } : {});
  const available = regions.filter((region) => region.status !== 'soldOut');
  if (mode.kind === 'live') {
    return mode.regions.map((regionId) => ({ regionId, localName: available.find((region) => region.regionId === regionId)?.localName ?? '' }));
  }
  return available.map((region) => ({ regionId: region.regionId, localName: region.localName }));
}
