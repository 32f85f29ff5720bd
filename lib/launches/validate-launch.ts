import 'server-only';

import { type Db } from '@/lib/db/client';
import { type EcsClient, type RegionGuard } from '@/lib/ecs';
import { AppError } from '@/lib/errors';
import { type InvokeDraft } from '@/lib/invoke/draft';
import { type Limits } from '@/lib/invoke/limits';
import { createInvokeSchema, draftShapeSchema, type ValidInvokeDraft } from '@/lib/invoke/schema';
import { withSecretPolicy } from '@/lib/invoke/secrets';
import { type InvokeCommandInfo, type InvokeContext } from '@/lib/invoke/types';

import { loadInvokeContext } from './context';
import { invalidDraft } from './invalid-draft';
import { requireAllowedRegion } from './regions';

export interface ValidatedLaunch {
  draft: ValidInvokeDraft;
  command: InvokeCommandInfo;
  context: InvokeContext;
}

/**
 * The server's judgement of a draft, shared by launching and checking: nothing reaches ECS
 * before the IDs have their shapes and the region is one of ours; secrets are what the policy
 * says, whatever the browser flagged; then every rule against ECS as it is now.
 */
export async function validateLaunch(
  deps: { db: Db; ecs: EcsClient; regions?: RegionGuard; limits: Limits },
  submittedDraft: InvokeDraft,
  now: Date,
): Promise<ValidatedLaunch> {
  const shaped = draftShapeSchema.safeParse(submittedDraft);
  if (!shaped.success) throw invalidDraft(shaped.error);
  if (deps.regions) await requireAllowedRegion(submittedDraft.regionId, 'regionId', deps.regions);
  const submitted: InvokeDraft = { ...submittedDraft, parameters: withSecretPolicy(submittedDraft.parameters) };
  const context = await loadInvokeContext(deps.ecs, deps.db, submitted, deps.limits, now);
  const parsed = createInvokeSchema(context).safeParse(submitted);
  if (!parsed.success) throw invalidDraft(parsed.error);
  if (!context.command) throw new AppError('InvalidCmdId.NotFound', 404, 'The command no longer exists.');
  return { draft: parsed.data, command: context.command, context };
}
