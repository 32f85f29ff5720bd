import 'server-only';

import { type Db } from '@/lib/db/client';
import { findLaunch, listInstances } from '@/lib/db/launches';
import { type EcsClient } from '@/lib/ecs';
import { type InvokeDraft, invokeDraftSchema } from '@/lib/invoke/draft';
import { REPEAT_MODES, type RepeatMode } from '@/lib/invoke/types';
import { secretNamesOf, stripSecretValues } from '@/lib/invoke/secrets';

import { readInvocation } from './invocation-read';
import { statusTone } from './status';

export interface Rerun {
  draft: InvokeDraft;
  /** Secret parameters whose values must be typed again. */
  secretNames: string[];
  /** What the form should say about where the draft came from. */
  origin: string;
}

const isFailed = (status: string) => statusTone(status) === 'failed';

/** "Run again" (every instance) or "Retry failed" (only those that failed) for one of our launches. */
export async function rerunLaunch(db: Db, launchId: string, onlyFailed: boolean): Promise<Rerun | null> {
  const launch = await findLaunch(db, launchId);
  if (!launch) return null;
  const parsed = invokeDraftSchema.safeParse(JSON.parse(launch.draft));
  if (!parsed.success) return null;
  let draft = stripSecretValues(parsed.data);
  if (onlyFailed) {
    // The same rows as the launch page's "Retry failed (N)": an instance of a batch that could
    // not be sent counts as failed (NotSent).
    const failed = new Set((await listInstances(db, launchId)).filter((instance) => isFailed(instance.status)).map((instance) => instance.instance_id));
    draft = { ...draft, instanceIds: draft.instanceIds.filter((id) => failed.has(id)) };
  }
  return {
    draft,
    secretNames: secretNamesOf(draft.parameters),
    origin: onlyFailed ? `Retrying the ${draft.instanceIds.length} failed instance${draft.instanceIds.length === 1 ? '' : 's'} of launch ${launchId}.` : `Running launch ${launchId} again.`,
  };
}

/** The same for an InvokeId launched elsewhere: rebuilt from what ECS says about it. */
export async function rerunInvocation(db: Db, ecs: EcsClient, invokeId: string, region: string, onlyFailed: boolean): Promise<Rerun | null> {
  const view = await readInvocation(db, ecs, invokeId, region);
  if (view.launch) return rerunLaunch(db, view.launch.launchId, onlyFailed);
  if (!view.commandId) return null;
  const instances = view.instances.filter((instance) => !onlyFailed || isFailed(instance.status)).map((instance) => instance.instanceId);
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
  };
}
