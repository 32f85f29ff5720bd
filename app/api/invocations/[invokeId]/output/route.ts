import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { getDb } from '@/lib/db';
import { getEcsClient } from '@/lib/ecs';
import { runHint } from '@/lib/ecs/error-hints';
import { invalid } from '@/lib/errors';
import { regionOfInvocation } from '@/lib/launches/invocation-read';
import { instanceIdSchema, invokeIdSchema } from '@/lib/launches/query-schemas';
import { allowedRegionSchema } from '@/lib/launches/regions';

/**
 * One instance's output, loaded when the operator opens it (DescribeInvocationResults).
 * With history=1 (Period and EveryReboot), every past run, newest first.
 */
export const GET = defineRoute(
  {
    name: 'invocationOutput',
    access: 'viewer',
    query: z.object({ region: allowedRegionSchema.optional(), instanceId: instanceIdSchema, history: z.enum(['0', '1']).default('0') }),
  },
  async ({ query, params }: { query: { region?: string | undefined; instanceId: string; history: '0' | '1' }; params: { invokeId: string } }) => {
    const invokeId = invokeIdSchema.parse(params.invokeId);
    const db = await getDb();
    const region = await regionOfInvocation(db, invokeId, query.region);
    if (!region) throw invalid('Say which region the InvokeId is in.');
    const page = await getEcsClient().describeInvocationResults(region, {
      invokeId,
      instanceId: query.instanceId,
      includeHistory: query.history === '1',
      maxResults: 50,
    });
    const runs = page.items
      .map((result) => ({
        status: result.invocationStatus,
        exitCode: result.exitCode,
        errorCode: result.errorCode,
        errorInfo: result.errorInfo,
        output: result.output,
        dropped: result.dropped,
        repeats: result.repeats,
        startTime: result.startTime,
        finishedTime: result.finishedTime,
        stopTime: result.stopTime,
        // What to do about it, when the cause can be named (a PowerShell module the instance lacks).
        hint: runHint(result),
      }))
      .sort((a, b) => (b.startTime ?? '').localeCompare(a.startTime ?? ''));
    return { runs, more: page.nextToken !== null };
  },
);
