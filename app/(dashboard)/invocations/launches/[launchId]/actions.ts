'use server';

import { revalidatePath } from 'next/cache';

import { decisionSchema } from '@/lib/approvals/schemas';
import { decideLaunch } from '@/lib/approvals/service';
import { defineAction } from '@/lib/auth/action';
import { getDb } from '@/lib/db';
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
