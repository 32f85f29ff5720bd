import { substituteParameters } from '@/lib/invoke/parameters';
import type { Instance, Invocation } from '../state/types';
import { resolveParameterStore } from './parameter-store';
import { diskFullAt } from './power';
import { rngFor } from './random';
import { versionAt } from './revisions';
import { simulateScript, substituteBuiltIns, type ScriptResult } from './script-model';

/** A run decided in advance from its identity, so its state at any time is a pure function. */
export interface RunPlan {
  triggerAt: number;
  /** Delivery to the agent: the run is Pending until then. */
  startAt: number;
  /** When the process ends by itself, ignoring the timeout. */
  naturalEndAt: number;
  /** When it is killed for running past its Timeout. */
  timeoutAt: number;
  script: ScriptResult;
  /** The agent could not start the script at all (ErrorCode, ErrorInfo, the status it reports). */
  startError: { code: string; info: string; status: 'Error' | 'Failed' } | null;
}

/** Runs take 1–4 s of base time plus what the script itself spends (sleep, installs). */
export function planRun(invocation: Invocation, instance: Instance, triggerAt: number, ordinal: number): RunPlan {
  const rng = rngFor(invocation.invokeId, instance.instanceId, ordinal);
  const startAt = triggerAt + rng.int(600, 1800);
  // The agent resolves Parameter Store references after the parameters are filled in.
  // A schedule changed by ModifyInvocationAttribute runs what was in effect when each run fired.
  const version = versionAt(invocation, triggerAt);
  const stored = resolveParameterStore(substituteParameters(version.commandContent, version.parameters));
  const content = substituteBuiltIns(stored.ok ? stored.content : '', {
    regionId: invocation.regionId,
    instanceId: instance.instanceId,
    instanceName: instance.instanceName,
    invokeId: invocation.invokeId,
    commandId: invocation.commandId,
  });
  const script = simulateScript(invocation.commandType, content, {
    instance,
    username: invocation.username,
    workingDir: invocation.workingDir,
    startedAt: startAt,
    diskFull: diskFullAt(instance, startAt),
    rng,
  });
  // A starved host (fleet-plan.ts) takes its extra seconds on every run, whatever the script.
  const naturalEndAt = startAt + rng.int(1000, 4000) + Math.round((script.seconds + instance.slowSeconds) * 1000);
  const storeError: RunPlan['startError'] = stored.ok
    ? null
    : { code: 'ExecutionException', info: `The ${stored.secret ? 'encrypted' : 'common'} parameter ${stored.name} was not found in the OOS Parameter Store.`, status: 'Error' };
  return { triggerAt, startAt, naturalEndAt, timeoutAt: startAt + invocation.timeout * 1000, script, startError: storeError ?? accountError(invocation, instance) ?? startError(invocation) };
}

/** The host lacks the account the command runs as: the agent cannot start it. */
function accountError(invocation: Invocation, instance: Instance): RunPlan['startError'] {
  const user = invocation.username.toLowerCase();
  if (!instance.missingUsers.some((missing) => missing.toLowerCase() === user)) return null;
  return { code: 'AccountNotExists', info: `The account ${invocation.username} does not exist on ${instance.instanceName}.`, status: 'Failed' };
}

/** Another Windows account than System needs the name of the OOS secret holding its password. */
function startError(invocation: Invocation): RunPlan['startError'] {
  const windows = invocation.commandType !== 'RunShellScript';
  if (!windows || invocation.username.toLowerCase() === 'system' || invocation.windowsPasswordName !== '') return null;
  return {
    code: 'ExecutionException',
    info: `Cannot log on as ${invocation.username}: a Windows account other than System needs WindowsPasswordName (the name of the OOS secret parameter holding its password).`,
    status: 'Error',
  };
}
