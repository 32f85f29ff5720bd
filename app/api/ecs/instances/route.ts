import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { fleetCursorSchema } from '@/lib/fleet/cursor';
import { type FleetPage } from '@/lib/fleet/types';
import { regionFleetPage } from '@/lib/invoke/form-data';
import { allowedRegionSchema } from '@/lib/launches/regions';

/**
 * One page of a region's instances with their Cloud Assistant status, shaped for the instance
 * picker, from the region's fleet snapshot (lib/fleet): ECS is read in the background, once per
 * interval whatever the number of viewers, and each page says how fresh the snapshot is.
 */
export const GET = defineRoute(
  {
    name: 'instances',
    access: 'viewer',
    query: z.object({
      region: allowedRegionSchema,
      nextToken: fleetCursorSchema.optional(),
    }),
  },
  async ({ query }): Promise<FleetPage> => regionFleetPage(query.region, query.nextToken ?? null),
);
