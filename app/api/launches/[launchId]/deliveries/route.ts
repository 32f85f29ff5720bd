import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { readLaunchDeliveries } from '@/lib/notify/launch-deliveries';

/** A launch's webhook deliveries (status, response code, last error): never a URL or a secret. */
export const GET = defineRoute({ name: 'launch.deliveries', access: 'viewer', query: z.object({}) }, async ({ params }: { params: { launchId: string } }) => {
  const launchId = z.uuid().safeParse(params.launchId);
  if (!launchId.success) throw notFound('That launch');
  const answer = await readLaunchDeliveries(await getDb(), launchId.data);
  if (!answer) throw notFound('That launch');
  return answer;
});
