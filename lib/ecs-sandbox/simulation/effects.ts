import type { SandboxStore } from '../state/store';
import type { Invocation } from '../state/types';
import { diskFullAt } from './power';
import { planRun } from './run-plan';

/**
 * Side effects a run has on its host. Only one is simulated: a clean-up script frees a
 * full disk when it succeeds, so "fix the cause, retry the failed hosts" works. The
 * effect is decided when the invocation is made (its run is planned in advance) and
 * undone if StopInvocation cancels the run before it starts.
 */
export function applyEffects(store: SandboxStore, invocation: Invocation): void {
  if (invocation.repeatMode !== 'Once') return;
  for (const target of invocation.targets) {
    const instance = store.instances.get(target.instanceId);
    if (!instance || !diskFullAt(instance, invocation.creationTime)) continue;
    const plan = planRun(invocation, instance, invocation.creationTime, 1);
    const succeeds = plan.script.freesDisk && plan.script.exitCode === 0 && plan.naturalEndAt <= plan.timeoutAt;
    if (!succeeds) continue;
    instance.runtime.diskFreedAt = plan.naturalEndAt;
    instance.runtime.diskFreedBy = invocation.invokeId;
    store.touchInstance(instance);
  }
}

/** Undo the effect of runs StopInvocation cancelled (stopped before they started). */
export function revertCancelledEffects(store: SandboxStore, invocation: Invocation): void {
  for (const target of invocation.targets) {
    const instance = store.instances.get(target.instanceId);
    if (!instance || instance.runtime.diskFreedBy !== invocation.invokeId || target.stoppedAt === null) continue;
    const plan = planRun(invocation, instance, invocation.creationTime, 1);
    if (target.stoppedAt < plan.startAt) {
      instance.runtime.diskFreedAt = null;
      instance.runtime.diskFreedBy = null;
      store.touchInstance(instance);
    }
  }
}
