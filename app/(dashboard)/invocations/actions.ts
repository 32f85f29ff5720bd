'use server';

import { z } from 'zod';

import { defineAction } from '@/lib/auth/action';
import { getDb } from '@/lib/db';
import { writeAudit } from '@/lib/db/audit';
import { findBatchByInvokeId } from '@/lib/db/launches';
import { getEcsClient, STOP_INSTANCES_MAX } from '@/lib/ecs';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';
import { instanceIdSchema, invokeIdSchema, regionSchema } from '@/lib/launches/query-schemas';
import { observeInvocation, settleLaunchStatus } from '@/lib/launches/refresh';
import { resendBatch } from '@/lib/launches/resend';

const stopInput = z.object({
  region: regionSchema,
  invokeId: invokeIdSchema,
  /** Omitted: every instance of the invocation. */
  instanceIds: z.array(instanceIdSchema).min(1, 'Choose at least one instance, or stop all.').max(2000).optional(),
});

/** StopInvocation for all or chosen instances (in calls of at most 50 instances). */
export const stopInvocation = defineAction({ name: 'stopInvocation', access: 'operator', schema: stopInput }, async (input, { user }) => {
  const ecs = getEcsClient();
  const db = await getDb();
  const batch = await findBatchByInvokeId(db, input.invokeId);
  const region = batch?.region_id ?? input.region;
  const ids = input.instanceIds;
  if (!ids) {
    await ecs.stopInvocation(region, input.invokeId);
  } else {
    for (let start = 0; start < ids.length; start += STOP_INSTANCES_MAX) await ecs.stopInvocation(region, input.invokeId, ids.slice(start, start + STOP_INSTANCES_MAX));
  }
  await writeAudit(db, { actorId: user.userId, actorUsername: user.username, action: 'invocation.stop', target: input.invokeId, detail: { region, instances: ids?.length ?? 'all' } });
  if (batch) {
    await observeInvocation(db, ecs, batch);
    await settleLaunchStatus(db, batch.launch_id);
  }
  return { stopped: ids?.length ?? 'all' };
});

const resendInput = z.object({
  launchId: z.uuid(),
  batchIndex: z.number().int().min(0).max(10_000),
  secrets: z.record(z.string().max(64), z.string().max(16_384)).default({}),
});

/** Send a batch that failed to send, again, with its own ClientToken. */
export const resendLaunchBatch = defineAction({ name: 'resendLaunchBatch', access: 'operator', schema: resendInput }, async (input, { user }) =>
  resendBatch({ db: await getDb(), ecs: getEcsClient(), limits: DEFAULT_LIMITS }, user, input),
);
