import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { getEcsClient } from '@/lib/ecs';
import { pickerCommands } from '@/lib/invoke/form-data';
import { allowedRegionSchema } from '@/lib/launches/regions';

/** The region's commands, decoded, for the command picker: the account's own, then Alibaba's public ones. */
export const GET = defineRoute(
  {
    name: 'commands',
    access: 'viewer',
    query: z.object({ region: allowedRegionSchema }),
  },
  async ({ query }) => pickerCommands(getEcsClient(), query.region),
);
