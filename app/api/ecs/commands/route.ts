import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { listPickerCommands } from '@/lib/commands/list';
import { getEcsClient } from '@/lib/ecs';
import { toCommandInfo } from '@/lib/invoke/command-info';
import { allowedRegionSchema } from '@/lib/launches/regions';

/** The region's commands, decoded, for the command picker: the account's own, then Alibaba's public ones. */
export const GET = defineRoute(
  {
    name: 'commands',
    access: 'viewer',
    query: z.object({ region: allowedRegionSchema }),
  },
  async ({ query }) => {
    const { commands, truncated } = await listPickerCommands(getEcsClient(), query.region);
    return { commands: commands.map((command) => ({ ...toCommandInfo(command), description: command.description })), truncated };
  },
);
