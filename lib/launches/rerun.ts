import 'server-only';

import { findCommand } from '@/lib/commands/list';
import { type Db } from '@/lib/db/client';
import { findLaunch, listInstances } from '@/lib/db/launches';
import { type EcsClient } from '@/lib/ecs';
import { type InvokeDraft, invokeDraftSchema } from '@/lib/invoke/draft';
import { REPEAT_MODES, type RepeatMode } from '@/lib/invoke/types';
import { secretNamesOf, stripSecretValues } from '@/lib/invoke/secrets';

import { readInvocation } from './invocation-read';
import { detectRetryOffer, type FailedRun, type RetryOffer, timedOut, timeoutFromErrorInfo } from './retry-cause';
import { statusTone } from './status';

export interface Rerun {
  draft: InvokeDraft;
  /** Secret parameters whose values must be typed again. */
  secretNames: string[];
  /** What the form should say about where the draft came from. */
  origin: string;
  /** Retry failed: the setting that caused the failures and the change that undoes it, when one did. */
  offer: RetryOffer | null;
}

const isWindows = (commandType: string) => commandType === 'RunBatScript' || commandType === 'RunPowerShellScript';

const isFailed = (status: string) => statusTone(status) === 'failed';

/**
 * "Run again" (every instance) or "Retry failed" (only those that failed) for one of our
 * launches. A retry also says what caused the failures when a setting did; `ecs`, when given,
 * finds the command's own timeout for a launch that left Timeout empty.
 */
export async function rerunLaunch(db: Db, launchId: string, onlyFailed: boolean, ecs?: EcsClient): Promise<Rerun | null> {
  const launch = await findLaunch(db, launchId);
  if (!launch) return null;
  const parsed = invokeDraftSchema.safeParse(JSON.parse(launch.draft));
  if (!parsed.success) return null;
  let draft = stripSecretValues(parsed.data);
  let offer: RetryOffer | null = null;
  if (onlyFailed) {
    // The same rows as the launch page's "Retry failed (N)": an instance of a batch that could
    // not be sent counts as failed (NotSent).
    const failedRows = (await listInstances(db, launchId)).filter((instance) => isFailed(instance.status));
    const failed = new Set(failedRows.map((instance) => instance.instance_id));
    draft = { ...draft, instanceIds: draft.instanceIds.filter((id) => failed.has(id)) };
    const runs: FailedRun[] = failedRows.map((row) => ({ status: row.status, exitCode: row.exit_code, errorCode: row.error_code, errorInfo: row.error_info }));
    const timeout = draft.timeout ?? (runs.some(timedOut) ? await commandTimeout(ecs, draft, runs) : null);
    offer = detectRetryOffer(runs, { ...draft, timeout, windows: isWindows(launch.command_type) });
  }
  return {
    draft,
    secretNames: secretNamesOf(draft.parameters),
    origin: onlyFailed ? `Retrying the ${draft.instanceIds.length} failed instance${draft.instanceIds.length === 1 ? '' : 's'} of launch ${launchId}.` : `Running launch ${launchId} again.`,
    offer,
  };
}

/** The timeout a launch ran with when its draft left it empty: what the runs say, else the command's own. */
async function commandTimeout(ecs: EcsClient | undefined, draft: InvokeDraft, runs: readonly FailedRun[]): Promise<number | null> {
  const reported = runs.map((run) => timeoutFromErrorInfo(run.errorInfo)).find((seconds) => seconds !== null);
  if (reported) return reported;
  if (!ecs) return null;
  try {
    return (await findCommand(ecs, draft.regionId, draft.commandId))?.timeout ?? null;
  } catch {
    // Only the offer needs it: a retry opens without one rather than failing.
    return null;
  }
}

/** The same for an InvokeId launched elsewhere: rebuilt from what ECS says about it. */
export async function rerunInvocation(db: Db, ecs: EcsClient, invokeId: string, region: string, onlyFailed: boolean): Promise<Rerun | null> {
  const view = await readInvocation(db, ecs, invokeId, region);
  if (view.launch) return rerunLaunch(db, view.launch.launchId, onlyFailed, ecs);
  if (!view.commandId) return null;
  const failedRuns = onlyFailed ? view.instances.filter((instance) => isFailed(instance.status)) : [];
  const instances = (onlyFailed ? failedRuns : view.instances).map((instance) => instance.instanceId);
  const repeatMode: RepeatMode = (REPEAT_MODES as readonly string[]).includes(view.repeatMode) ? (view.repeatMode as RepeatMode) : 'Once';
  const draft: InvokeDraft = {
    regionId: region,
    commandId: view.commandId,
    instanceIds: instances,
    repeatMode,
    frequency: repeatMode === 'Period' ? view.frequency : '',
    parameters: view.parameters.map((entry) => ({ name: entry.name, value: entry.secret ? '' : entry.value, secret: entry.secret })),
    username: view.username === 'root' || view.username === 'System' ? '' : view.username,
    windowsPasswordName: '',
  };
  return {
    draft,
    secretNames: secretNamesOf(draft.parameters),
    origin: onlyFailed ? `Retrying the ${instances.length} failed instance${instances.length === 1 ? '' : 's'} of ${invokeId}.` : `Running ${invokeId} again.`,
    // Alibaba tells the timeout the InvokeId ran with; the draft leaves it to the command's.
    offer: onlyFailed ? detectRetryOffer(failedRuns, { ...draft, workingDir: '', timeout: view.timeout || null, windows: isWindows(view.commandType) }) : null,
  };
}
