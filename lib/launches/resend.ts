import 'server-only';

import { type SessionUser } from '@/lib/auth/sessions';
import { writeAudit } from '@/lib/db/audit';
import { type Db } from '@/lib/db/client';
import { inTransaction, updateBatch } from '@/lib/db/launch-dispatch';
import { markInstances } from '@/lib/db/launch-instances';
import { bumpLaunch, findLaunch, listBatches } from '@/lib/db/launches';
import { quotaDay, reserveQuota } from '@/lib/db/quota';
import { AppError, invalid, notFound } from '@/lib/errors';
import { type Limits } from '@/lib/invoke/limits';

import { type RequestTemplate } from './batch-request';
import { launchResultOf, type LaunchResult } from './result';
import { openSecrets, sealSecrets, type SecretKey } from './secret-box';
import { settleLaunch } from './settle';

/** Refusals after which the batch's instances are checked again: nothing reached an instance. */
const RECHECK = /^(InvalidInstance\.|IncorrectInstanceStatus|InvalidInstanceStatus|NoEligibleInstance)/;

/**
 * Send a batch that failed to send, again: it goes back to the dispatcher with the same
 * instances and the same ClientToken (so if the first attempt did reach Alibaba, the same
 * InvokeId comes back and nothing runs twice). Its secret values are still sealed for 24 hours;
 * after that the operator types them again.
 */
export async function resendBatch(
  deps: { db: Db; limits: Limits; secretKey: SecretKey; wake?: () => void; now?: Date },
  user: SessionUser,
  input: { launchId: string; batchIndex: number; secrets: Record<string, string> },
): Promise<LaunchResult> {
  const { db, limits, secretKey } = deps;
  const now = deps.now ?? new Date();
  const launch = await findLaunch(db, input.launchId);
  if (!launch) throw notFound('That launch');
  const batch = (await listBatches(db, launch.id)).find((candidate) => candidate.batch_index === input.batchIndex);
  if (!batch) throw notFound(`Batch ${input.batchIndex + 1}`);
  if (batch.status !== 'failed') {
    const why = batch.status === 'pending' ? 'is waiting to be sent already' : batch.status === 'sent' ? `was already sent as ${batch.invoke_id ?? 'an invocation'}` : 'was not sent on purpose';
    throw new AppError('CONFLICT', 409, `Batch ${input.batchIndex + 1} ${why}.`);
  }
  const template = JSON.parse(launch.request_template ?? 'null') as RequestTemplate | null;
  if (!template) throw new AppError('NotSendable', 409, 'This launch was recorded before batches could be resent from the launch page. Use Run again.');

  const secretBox = sealedSecrets(template, batch, input.secrets, secretKey);
  const quota = await reserveQuota(db, launch.region_id, quotaDay(now), 1, limits.dailyInvocations);
  if (!quota.ok) throw new AppError('Invocation.ExceedQuota', 403, `The region's daily quota of ${limits.dailyInvocations} InvokeCommand calls is used up. Resend after 00:00 UTC.`);

  await inTransaction(db, async (tx) => {
    const seq = await bumpLaunch(tx, launch.id, now);
    const recheck = RECHECK.test(batch.error_code ?? '');
    await updateBatch(
      tx,
      batch.id,
      { status: 'pending', error_code: null, error_message: null, not_before: null, lease_owner: null, lease_until: null, secret_box: secretBox, ...(recheck ? { checked_at: null } : {}) },
      seq,
      now,
      { status: 'failed' },
    );
    await markInstances(tx, launch.id, { instanceIds: JSON.parse(batch.instance_ids) as string[] }, { status: 'Queued', error_code: '', error_info: '' }, seq);
    await settleLaunch(tx, launch.id);
    await writeAudit(tx, { actor: user, action: 'launch.resend_batch', target: launch.id, detail: { batch: input.batchIndex + 1 } }, now);
  });
  deps.wake?.();
  const saved = await findLaunch(db, launch.id);
  return launchResultOf(saved ?? launch, await listBatches(db, launch.id));
}

/** The batch's secrets sealed again: the ones still kept, or the ones the operator typed. */
function sealedSecrets(template: RequestTemplate, batch: { id: string; secret_box: string | null }, typed: Record<string, string>, key: SecretKey): string | null {
  if (template.secretNames.length === 0) return null;
  if (batch.secret_box) {
    try {
      openSecrets(key, batch.secret_box, batch.id);
      return batch.secret_box;
    } catch {
      // Sealed with another replica's key, or damaged: ask for them, as after they expired.
    }
  }
  const given = new Map(Object.entries(typed).map(([name, value]) => [name.toLowerCase(), value]));
  const missing = template.secretNames.filter((name) => !given.get(name.toLowerCase()));
  if (missing.length) {
    throw invalid(`Enter the secret values again: ${missing.join(', ')}.`, Object.fromEntries(missing.map((name) => [`secrets.${name}`, [`${name}: enter it again.`]])));
  }
  return sealSecrets(key, Object.fromEntries(template.secretNames.map((name) => [name, given.get(name.toLowerCase()) ?? ''])), batch.id);
}
