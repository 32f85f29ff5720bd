import 'server-only';

import { randomUUID } from 'node:crypto';

import { z } from 'zod';

import { type SessionUser } from '@/lib/auth/sessions';
import { writeAudit } from '@/lib/db/audit';
import { type Db } from '@/lib/db/client';
import { liveBatches, observeSoon } from '@/lib/db/launch-observe';
import { findBatchByInvokeId, findLaunch, type LaunchRow, updateLaunchSchedule } from '@/lib/db/launches';
import { type EcsClient, EcsError } from '@/lib/ecs';
import { AppError, notFound } from '@/lib/errors';
import { type InvokeDraft } from '@/lib/invoke/draft';
import { parseFrequency } from '@/lib/schedule/parse-frequency';

import { type RequestTemplate } from './batch-request';
import { invokeIdSchema } from './query-schemas';
import { allowedRegionSchema } from './regions';
import { newFrequencySchema, type ScheduleChange } from './schedule-change';
import { isTerminal } from './status';

export { changeLaunchScheduleSchema } from './schedule-change';

export const changeInvocationScheduleSchema = z.object({ region: allowedRegionSchema, invokeId: invokeIdSchema, frequency: newFrequencySchema });

interface ModifyDeps {
  db: Db;
  ecs: EcsClient;
  now?: Date;
}

/**
 * Change a Period launch's Frequency in place: ModifyInvocationAttribute on each of its
 * InvokeIds still scheduled (one per batch), so the IDs, their history and their instances
 * stay. Every InvokeId is tried even when one fails; what changed is recorded (the launch's
 * Frequency, draft and request template) and audited, and the error then names the rest.
 */
export async function changeLaunchSchedule({ db, ecs, now = new Date() }: ModifyDeps, user: SessionUser, input: { launchId: string; frequency: string }): Promise<ScheduleChange> {
  const launch = await findLaunch(db, input.launchId);
  if (!launch) throw notFound('That launch');
  checkChangeable(launch);
  const to = input.frequency.trim();
  const targets = (await liveBatches(db, launch.id)).filter((batch) => batch.invoke_id && !(batch.invocation_status && isTerminal(batch.invocation_status)));
  const first = targets[0]?.invoke_id;
  if (!first) throw new AppError('NOTHING_TO_CHANGE', 409, 'No InvokeId of this launch is still scheduled, so there is no schedule left to change. Run it again instead.');

  const draft = JSON.parse(launch.draft) as InvokeDraft;
  const timeout = draft.timeout ?? (await ecs.describeInvocations(launch.region_id, { invokeId: first })).items[0]?.timeout;
  checkFrequency(to, timeout, now);

  const changed: string[] = [];
  const failures: { invokeId: string; error: unknown }[] = [];
  for (const batch of targets) {
    const invokeId = batch.invoke_id ?? '';
    try {
      await ecs.modifyInvocation(launch.region_id, invokeId, { frequency: to, clientToken: randomUUID() });
      changed.push(invokeId);
    } catch (error) {
      failures.push({ invokeId, error });
    }
  }
  const from = launch.frequency ?? '';
  if (changed.length) {
    const template = JSON.parse(launch.request_template ?? 'null') as RequestTemplate | null;
    await updateLaunchSchedule(
      db,
      launch.id,
      {
        frequency: to,
        draft: JSON.stringify({ ...draft, frequency: to }),
        requestTemplate: template ? JSON.stringify({ ...template, request: { ...template.request, Frequency: to } }) : null,
      },
      now,
    );
    await writeAudit(db, { actor: user, action: 'launch.reschedule', target: launch.id, detail: { region: launch.region_id, from, to, invokeIds: changed, failed: failures.map((failure) => failure.invokeId) } }, now);
    await observeSoon(db, targets.map((batch) => batch.id), now);
  }
  if (failures.length) throw partialFailure(changed, failures);
  return { launchId: launch.id, from, to, invokeIds: changed };
}

/**
 * The InvokeId page's change: one of a launch's InvokeIds changes the whole launch (its
 * batches share one schedule); an InvokeId made outside InvokeDeck changes alone, marked as such.
 */
export async function changeInvocationSchedule(deps: ModifyDeps, user: SessionUser, input: { region: string; invokeId: string; frequency: string }): Promise<ScheduleChange> {
  const { db, ecs, now = new Date() } = deps;
  const batch = await findBatchByInvokeId(db, input.invokeId);
  if (batch) return changeLaunchSchedule(deps, user, { launchId: batch.launch_id, frequency: input.frequency });

  const found = (await ecs.describeInvocations(input.region, { invokeId: input.invokeId })).items[0];
  if (!found) throw notFound(`InvokeId ${input.invokeId}`);
  if (found.repeatMode !== 'Period') throw notPeriod(found.repeatMode);
  const to = input.frequency.trim();
  checkFrequency(to, found.timeout, now);
  try {
    await ecs.modifyInvocation(input.region, input.invokeId, { frequency: to, clientToken: randomUUID() });
  } catch (error) {
    throw withFieldError(error);
  }
  await writeAudit(db, { actor: user, action: 'invocation.reschedule', target: input.invokeId, detail: { region: input.region, from: found.frequency, to, foreign: true } }, now);
  return { launchId: null, from: found.frequency, to, invokeIds: [input.invokeId] };
}

function checkChangeable(launch: LaunchRow): void {
  if (launch.repeat_mode !== 'Period') throw notPeriod(launch.repeat_mode);
  if (launch.stopped_at) throw new AppError('InvalidOperation.InvocationNotModifiable', 409, 'This launch was stopped: a stopped schedule cannot change. Run it again with the new schedule.');
  // A batch still to be sent takes the stored request as it is read: wait until all are out.
  if (launch.send_status === 'queued' || launch.send_status === 'sending') {
    throw new AppError('LAUNCH_STILL_SENDING', 409, 'Some batches of this launch are still being sent. Change the schedule once every batch is sent.');
  }
}

const notPeriod = (mode: string) =>
  new AppError('InvalidOperation.InvocationNotModifiable', 409, `Only a Period schedule has a Frequency to change; this one runs ${mode}.`, { frequency: [`Frequency: a ${mode} invocation has none to change.`] });

/** The form's own rules (syntax, 10-second minimum, room for the timeout), before any call. */
function checkFrequency(frequency: string, timeoutSeconds: number | undefined, now: Date): void {
  const parsed = parseFrequency(frequency, { now, ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}) });
  if (!parsed.ok) throw new AppError('InvalidParam.Frequency', 422, parsed.message, { frequency: [parsed.message] });
}

/** Alibaba's Frequency refusals belong on the Frequency field. */
function withFieldError(error: unknown): unknown {
  if (error instanceof EcsError && error.code.endsWith('.Frequency')) return new AppError(error.code, error.status, error.message, { frequency: [`Frequency: ${error.message}`] }, error.requestId);
  return error;
}

function partialFailure(changed: readonly string[], failures: readonly { invokeId: string; error: unknown }[]): unknown {
  const [first] = failures;
  if (!first) return null;
  if (changed.length === 0 && failures.length === 1) return withFieldError(first.error);
  const reason = first.error instanceof EcsError ? `${first.error.code}: ${first.error.message}` : 'the ECS API did not answer';
  const done = changed.length ? `Changed ${changed.join(', ')}; ` : '';
  const code = first.error instanceof EcsError ? first.error.code : 'MODIFY_FAILED';
  const status = first.error instanceof EcsError ? first.error.status : 502;
  return new AppError(code, status, `${done}could not change ${failures.map((failure) => failure.invokeId).join(', ')} (${reason}). Try again: setting the same schedule twice is harmless.`);
}
