'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';

import { approvalRuleSchema } from '@/lib/approvals/schemas';
import { addApprovalRule, removeApprovalRule } from '@/lib/approvals/service';
import { defineAction } from '@/lib/auth/action';
import { getDb } from '@/lib/db';
import { requireAllowedRegion } from '@/lib/launches/regions';

/** A rule for a region this deployment does not serve would never apply: refused on its field. */
export const createApprovalRule = defineAction({ name: 'createApprovalRule', access: 'admin', schema: approvalRuleSchema }, async (input, { user }) => {
  if (input.regionId) await requireAllowedRegion(input.regionId, 'regionId');
  await addApprovalRule(await getDb(), user, input);
  revalidatePath('/admin/approvals');
});

export const deleteApprovalRule = defineAction({ name: 'deleteApprovalRule', access: 'admin', schema: z.object({ ruleId: z.uuid('Not a rule ID.') }) }, async (input, { user }) => {
  await removeApprovalRule(await getDb(), user, input.ruleId);
  revalidatePath('/admin/approvals');
});
