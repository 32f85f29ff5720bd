'use server';

import { revalidatePath } from 'next/cache';

import { decisionSchema } from '@/lib/approvals/schemas';
import { decideLaunch } from '@/lib/approvals/service';
import { defineAction } from '@/lib/auth/action';
import { getDb } from '@/lib/db';
import { abortLaunch, resumeLaunch } from '@/lib/launches/canary';
import { canaryDecisionSchema } from '@/lib/launches/canary-schema';
import { getEngine } from '@/lib/launches/engine';

/**
 * Approve or reject a launch awaiting approval. Operators and admins only; the service refuses
 * the requester (403), a second decision (409) and a rejection without a comment (422).
 */
export const decideLaunchAction = defineAction({ name: 'decideLaunch', access: 'operator', schema: decisionSchema }, async (input, { user }) => {
  const engine = await getEngine();
  const decided = await decideLaunch({ db: await getDb(), wake: engine.wake }, user, input);
  // The invocations list's "Awaiting approval" box.
  revalidatePath('/invocations');
  return decided;
});

/** Resume a canary paused for a person: any operator or admin (not only its launcher); the first of two at once wins. */
export const resumeLaunchAction = defineAction({ name: 'resumeLaunch', access: 'operator', schema: canaryDecisionSchema }, async (input, { user }) => {
  const engine = await getEngine();
  const resumed = await resumeLaunch({ db: await getDb(), wake: engine.wake }, user, input);
  revalidatePath('/invocations');
  return resumed;
});

/** Abort a paused canary: none of its unsent batches is sent. Operators and admins. */
export const abortLaunchAction = defineAction({ name: 'abortLaunch', access: 'operator', schema: canaryDecisionSchema }, async (input, { user }) => {
  const aborted = await abortLaunch({ db: await getDb() }, user, input);
  revalidatePath('/invocations');
  return aborted;
});
