import 'server-only';

import { type SessionUser } from '@/lib/auth/sessions';
import { writeAudit } from '@/lib/db/audit';
import { type Db } from '@/lib/db/client';
import { findLaunch, listBatches, settleSendStatus } from '@/lib/db/launches';
import { type EcsClient } from '@/lib/ecs';
import { AppError, invalid, notFound } from '@/lib/errors';
import { type InvokeDraft } from '@/lib/invoke/draft';
import { type Limits } from '@/lib/invoke/limits';
import { buildInvokeRequests } from '@/lib/invoke/request';
import { createInvokeSchema } from '@/lib/invoke/schema';

import { loadInvokeContext } from './context';
import { invalidDraft } from './invalid-draft';
import { sendBatch } from './launch';
import { settleLaunchStatus } from './refresh';
import { launchResultOf, type LaunchResult } from './result';

/**
 * Send a batch that failed to send, again: same instances, same ClientToken (so if the
 * first attempt did reach Alibaba, the same InvokeId comes back and nothing runs twice).
 * Secret values were never stored, so the operator types them again.
 */
export async function resendBatch(
  deps: { db: Db; ecs: EcsClient; limits: Limits },
  user: SessionUser,
  input: { launchId: string; batchIndex: number; secrets: Record<string, string> },
): Promise<LaunchResult> {
  const { db, ecs, limits } = deps;
  const launch = await findLaunch(db, input.launchId);
  if (!launch) throw notFound('That launch');
  const batch = (await listBatches(db, launch.id)).find((candidate) => candidate.batch_index === input.batchIndex);
  if (!batch) throw notFound(`Batch ${input.batchIndex + 1}`);
  if (batch.status === 'sent') throw new AppError('CONFLICT', 409, `Batch ${input.batchIndex + 1} was already sent as ${batch.invoke_id ?? 'an invocation'}.`);

  const stored = JSON.parse(launch.draft) as InvokeDraft;
  const secrets = new Map(Object.entries(input.secrets).map(([name, value]) => [name.toLowerCase(), value]));
  const draft: InvokeDraft = {
    ...stored,
    instanceIds: JSON.parse(batch.instance_ids) as string[],
    parameters: stored.parameters.map((entry) => (entry.secret ? { ...entry, value: secrets.get(entry.name.toLowerCase()) ?? '' } : entry)),
  };
  const missing = stored.parameters.filter((entry) => entry.secret && !secrets.get(entry.name.toLowerCase()));
  if (missing.length) {
    throw invalid(`Enter the secret values again: ${missing.map((entry) => entry.name).join(', ')}.`, Object.fromEntries(missing.map((entry) => [`secrets.${entry.name}`, [`${entry.name}: enter it again.`]])));
  }

  // The quota counts this one call, not the whole launch again.
  const context = await loadInvokeContext(ecs, db, draft, limits);
  const parsed = createInvokeSchema(context).safeParse(draft);
  if (!parsed.success) throw invalidDraft(parsed.error);
  if (!context.command) throw new AppError('InvalidCmdId.NotFound', 404, 'The command no longer exists.');
  const [request] = buildInvokeRequests(parsed.data, context.command, launch.id, limits);
  if (!request) throw new Error('a batch with instances built no request');
  await sendBatch(db, ecs, batch.id, { index: batch.batch_index, request: { ...request.request, ClientToken: batch.client_token } });
  await settleSendStatus(db, launch.id);
  await settleLaunchStatus(db, launch.id);
  await writeAudit(db, { actor: user, action: 'launch.resend_batch', target: launch.id, detail: { batch: input.batchIndex + 1 } });

  const saved = await findLaunch(db, launch.id);
  return launchResultOf(saved ?? launch, await listBatches(db, launch.id));
}
