import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { allowedRegionSchema } from '@/lib/launches/regions';
import { getEcsClient } from '@/lib/ecs';
import { toCommandInfo } from '@/lib/invoke/command-info';

// A region rarely holds more; past this the picker's search still narrows by name.
const MAX_PAGES = 10;

/** The region's commands, decoded, for the command picker. */
export const GET = defineRoute(
  {
    name: 'commands',
    access: 'viewer',
    query: z.object({ region: allowedRegionSchema }),
  },
  async ({ query }) => {
    const ecs = getEcsClient();
    const commands = [];
    let nextToken: string | null = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await ecs.describeCommands(query.region, { nextToken, maxResults: 50 });
      commands.push(...result.items.map((command) => ({ ...toCommandInfo(command), description: command.description })));
      nextToken = result.nextToken;
      if (!nextToken) break;
    }
    return { commands, truncated: nextToken !== null };
  },
);
