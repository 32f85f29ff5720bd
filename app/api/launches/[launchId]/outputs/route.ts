import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { getDb } from '@/lib/db';
import { findLaunch, listBatches } from '@/lib/db/launches';
import { getEcsClient } from '@/lib/ecs';
import { notFound } from '@/lib/errors';
import { readOutputGroups } from '@/lib/launches/output-read';

/** The latest output of every instance of a launch, over all its batches, grouped by text. */
export const GET = defineRoute({ name: 'launchOutputs', access: 'viewer', query: z.object({}) }, async ({ params }: { params: { launchId: string } }) => {
  const launchId = z.uuid().safeParse(params.launchId);
  const db = await getDb();
  const launch = launchId.success ? await findLaunch(db, launchId.data) : undefined;
  if (!launch) throw notFound('That launch');
  const invokeIds = (await listBatches(db, launch.id)).flatMap((batch) => (batch.invoke_id ? [batch.invoke_id] : []));
  return readOutputGroups(getEcsClient(), launch.region_id, invokeIds);
});
