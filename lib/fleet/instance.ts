import 'server-only';

import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

import { getEngineDb } from '@/lib/db';
import { getEcsClient, getRegionGuard } from '@/lib/ecs';
import { getEnv } from '@/lib/env';
import { classicNetworkRule } from '@/lib/launches/instance-lookup';
import { logger } from '@/lib/logger';

import { FleetRefresher } from './refresh';

/** A region nobody has looked at for this long is no longer kept fresh (the default region always is). */
const VIEWED_WITHIN_MS = 10 * 60_000;

const holder = globalThis as unknown as { invokedeckFleet?: Promise<FleetRefresher> };

/** This process's fleet refresher: the background loop runs it, the instances route asks it for a first read. */
export function getFleetRefresher(): Promise<FleetRefresher> {
  holder.invokedeckFleet ??= (async () => {
    const env = getEnv();
    return new FleetRefresher({
      db: await getEngineDb(),
      ecs: getEcsClient(),
      owner: `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`,
      pace: { intervalMs: env.FLEET_REFRESH_INTERVAL_MS, minIntervalMs: env.FLEET_REFRESH_MIN_INTERVAL_MS, viewedWithinMs: VIEWED_WITHIN_MS },
      alwaysRegions: async () => (await getRegionGuard().regions()).slice(0, 1),
      classicNetwork: classicNetworkRule(),
      log: (message, fields) => logger.warn(message, fields),
    });
  })().catch((error: unknown) => {
    holder.invokedeckFleet = undefined;
    throw error;
  });
  return holder.invokedeckFleet;
}
