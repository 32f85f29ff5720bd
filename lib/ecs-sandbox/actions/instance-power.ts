import { isReleased, powerStateAt } from '../simulation/power';
import type { Instance, PowerOpKind } from '../state/types';
import type { ActionCall, ActionHandler } from './context';
import { apiError } from './errors';

/** Start/Stop/Reboot/DeleteInstance take no RegionId: an instance ID is unique across regions. */
function findInstance({ params, ctx }: ActionCall): Instance {
  const id = params.required('InstanceId');
  const instance = ctx.store.instances.get(id);
  // Managed instances are servers outside ECS: the ECS power operations do not know them.
  if (!instance || instance.managed || isReleased(instance, ctx.clock.now())) throw apiError('InvalidInstanceId.NotFound', `${id} does not exist.`);
  return instance;
}

function powerAction(kind: PowerOpKind, required: 'Running' | 'Stopped'): ActionHandler {
  return (call) => {
    const instance = findInstance(call);
    const now = call.ctx.clock.now();
    const status = powerStateAt(instance, now).status;
    if (status !== required) throw apiError('IncorrectInstanceStatus', `${instance.instanceId} is ${status}; it must be ${required}.`);
    if (call.params.bool('DryRun')) throw apiError('DryRunOperation');
    instance.runtime.powerOps.push({ kind, at: now });
    call.ctx.store.touchInstance(instance);
    return {};
  };
}

export const startInstance = powerAction('start', 'Stopped');
export const stopInstance = powerAction('stop', 'Running');
/** A reboot is a boot: NextRebootOnly and EveryReboot invocations fire when it completes. */
export const rebootInstance = powerAction('reboot', 'Running');

/** DeleteInstance: the instance must be Stopped unless Force=true. */
export const deleteInstance: ActionHandler = (call) => {
  const instance = findInstance(call);
  const now = call.ctx.clock.now();
  const status = powerStateAt(instance, now).status;
  if (status !== 'Stopped' && !call.params.bool('Force')) {
    throw apiError('IncorrectInstanceStatus', `${instance.instanceId} is ${status}; stop it first or pass Force=true.`);
  }
  if (call.params.bool('DryRun')) throw apiError('DryRunOperation');
  instance.runtime.releasedAt = now;
  call.ctx.store.touchInstance(instance);
  return {};
};
