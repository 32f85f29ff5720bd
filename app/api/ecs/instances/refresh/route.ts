import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { getDb } from '@/lib/db';
import { askForFleetRead, fleetState } from '@/lib/fleet/snapshot';
import { type FleetReadState } from '@/lib/fleet/types';
import { allowedRegionSchema } from '@/lib/launches/regions';

/**
 * The picker's Refresh: asks for a read of the region's fleet and answers its read state. The
 * read runs in the background no sooner than FLEET_REFRESH_MIN_INTERVAL_MS after the last one
 * began, so pressing it often costs ECS nothing more.
 */
export const POST = defineRoute(
  { name: 'instances.refresh', access: 'viewer', query: z.object({ region: allowedRegionSchema }) },
  async ({ query }): Promise<FleetReadState> => askForFleetRead(await getDb(), query.region),
);

/** The read state alone, polled by the picker while a read runs. */
export const GET = defineRoute(
  { name: 'instances.state', access: 'viewer', query: z.object({ region: allowedRegionSchema }) },
  async ({ query }): Promise<FleetReadState> => fleetState(await getDb(), query.region),
);
