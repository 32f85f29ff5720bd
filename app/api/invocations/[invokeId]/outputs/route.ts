import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { getDb } from '@/lib/db';
import { getEcsClient } from '@/lib/ecs';
import { invalid } from '@/lib/errors';
import { regionOfInvocation } from '@/lib/launches/invocation-read';
import { readOutputGroups } from '@/lib/launches/output-read';
import { invokeIdSchema } from '@/lib/launches/query-schemas';
import { allowedRegionSchema } from '@/lib/launches/regions';

/**
 * Every instance's latest output at once, grouped by what it says (each instance's own host
 * name, ID and addresses aside). Loaded only when asked for.
 */
export const GET = defineRoute(
  { name: 'invocationOutputs', access: 'viewer', query: z.object({ region: allowedRegionSchema.optional() }) },
  async ({ query, params }: { query: { region?: string | undefined }; params: { invokeId: string } }) => {
    const invokeId = invokeIdSchema.parse(params.invokeId);
    const region = await regionOfInvocation(await getDb(), invokeId, query.region);
    if (!region) throw invalid('Say which region the InvokeId is in.');
    return readOutputGroups(getEcsClient(), region, [invokeId]);
  },
);
