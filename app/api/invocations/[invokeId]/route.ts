import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { getDb } from '@/lib/db';
import { getEcsClient } from '@/lib/ecs';
import { invalid } from '@/lib/errors';
import { readInvocation, regionOfInvocation } from '@/lib/launches/invocation-read';
import { invokeIdSchema } from '@/lib/launches/query-schemas';
import { allowedRegionSchema } from '@/lib/launches/regions';

/** One InvokeId with every instance's status; what the review page polls. */
export const GET = defineRoute(
  { name: 'invocation', access: 'viewer', query: z.object({ region: allowedRegionSchema.optional() }) },
  async ({ query, params }: { query: { region?: string | undefined }; params: { invokeId: string } }) => {
    const invokeId = invokeIdSchema.parse(params.invokeId);
    const db = await getDb();
    const region = await regionOfInvocation(db, invokeId, query.region);
    if (!region) throw invalid('Say which region the InvokeId is in.', { region: ['Region: choose the region the InvokeId was launched in.'] });
    return readInvocation(db, getEcsClient(), invokeId, region);
  },
);
