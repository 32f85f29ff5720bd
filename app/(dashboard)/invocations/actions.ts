'use server';

import { z } from 'zod';

import { defineAction } from '@/lib/auth/action';
import { getDb } from '@/lib/db';
import { getEcsClient, getRegionGuard } from '@/lib/ecs';
import { limitsForLaunch } from '@/lib/launches/account-limits';
import { instanceIdSchema, invokeIdSchema } from '@/lib/launches/query-schemas';
import { allowedRegionSchema } from '@/lib/launches/regions';
import { getEngine } from '@/lib/launches/engine';
import { changeInvocationSchedule, changeInvocationScheduleSchema, changeLaunchSchedule, changeLaunchScheduleSchema } from '@/lib/launches/modify-schedule';
import { readOutputsSchema, requestOutputRead } from '@/lib/launches/output-read';
import { resendBatch } from '@/lib/launches/resend';
import { stopInvokeId, stopLaunchBatches } from '@/lib/launches/stop';

const stopInput = z.object({
  region: allowedRegionSchema,
  invokeId: invokeIdSchema,
  /** Omitted: every instance of the invocation. */
  instanceIds: z.array(instanceIdSchema).min(1, 'Choose at least one instance, or stop all.').max(2000).optional(),
});

/** StopInvocation for all or chosen instances (in calls of at most 50 instances). */
export const stopInvocation = defineAction({ name: 'stopInvocation', access: 'operator', schema: stopInput }, async (input, { user }) =>
  stopInvokeId({ db: await getDb(), ecs: getEcsClient() }, user, input),
);

const stopLaunchInput = z.object({
  launchId: z.uuid(),
  /** Omitted: every instance of every batch still running or scheduled. */
  instanceIds: z.array(instanceIdSchema).min(1, 'Choose at least one instance, or stop all.').max(10_000).optional(),
});

/** Stop a launch across its batches: each InvokeId still running or scheduled, for all or chosen instances. */
export const stopLaunch = defineAction({ name: 'stopLaunch', access: 'operator', schema: stopLaunchInput }, async (input, { user }) =>
  stopLaunchBatches({ db: await getDb(), ecs: getEcsClient() }, user, input),
);

const resendInput = z.object({
  launchId: z.uuid(),
  batchIndex: z.number().int().min(0).max(10_000),
  secrets: z.record(z.string().max(64), z.string().max(16_384)).default({}),
});

/** Send a batch that failed to send, again, with its own ClientToken. */
export const resendLaunchBatch = defineAction({ name: 'resendLaunchBatch', access: 'operator', schema: resendInput }, async (input, { user }) => {
  const engine = await getEngine();
  const db = await getDb();
  const limits = await limitsForLaunch(db, getEcsClient(), getRegionGuard(), input.launchId);
  return resendBatch({ db, limits, secretKey: engine.secretKey, wake: engine.wake }, user, input);
});

/**
 * Have the server read and group the outputs of a launch or an InvokeId in the background
 * (unless a read is under way or a finished one is fresh; `again` reads anew). Reading is a
 * viewer's right, and it changes nothing, so it is not audited. The page polls the route.
 */
export const readOutputs = defineAction({ name: 'readOutputs', access: 'viewer', schema: readOutputsSchema }, async (input, { user }) =>
  requestOutputRead(await getDb(), user, input),
);

/** Change a Period launch's Frequency in place, on every InvokeId it has (ModifyInvocationAttribute); audited. */
export const changeLaunchScheduleAction = defineAction({ name: 'changeLaunchSchedule', access: 'operator', schema: changeLaunchScheduleSchema }, async (input, { user }) =>
  changeLaunchSchedule({ db: await getDb(), ecs: getEcsClient() }, user, input),
);

/** The same from an InvokeId's page: its launch as a whole, or an InvokeId made outside InvokeDeck alone. */
export const changeInvocationScheduleAction = defineAction({ name: 'changeInvocationSchedule', access: 'operator', schema: changeInvocationScheduleSchema }, async (input, { user }) =>
  changeInvocationSchedule({ db: await getDb(), ecs: getEcsClient() }, user, input),
);
