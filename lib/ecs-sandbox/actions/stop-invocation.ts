import { revertCancelledEffects } from '../simulation/effects';
import { requireRegion, type ActionHandler } from './context';
import { apiError } from './errors';

/**
 * StopInvocation, as documented: runs that have started keep running, runs not yet
 * started are cancelled, and a schedule (Period or reboot modes) fires no more.
 */
export const stopInvocation: ActionHandler = ({ params, ctx }) => {
  const region = requireRegion(params, 'cloud-assistant');
  const invokeId = params.required('InvokeId');
  const invocation = ctx.store.invocations.get(invokeId);
  if (!invocation || invocation.regionId !== region.regionId) throw apiError('InvalidInvokeId.NotFound', `No invocation ${invokeId} in ${region.regionId}.`);
  const ids = params.list('InstanceId');
  if (ids.length > 50) throw apiError('InstanceIds.ExceedLimit', `${ids.length} instances given; at most 50.`);
  const unknown = ids.filter((id) => !invocation.targets.some((target) => target.instanceId === id));
  if (unknown.length) throw apiError('InvalidInstance.NotFound', `Not part of ${invokeId}: ${unknown.join(', ')}.`);
  const now = ctx.clock.now();
  for (const target of invocation.targets) {
    if ((ids.length === 0 || ids.includes(target.instanceId)) && target.stoppedAt === null) target.stoppedAt = now;
  }
  revertCancelledEffects(ctx.store, invocation);
  ctx.store.onChange();
  return {};
};
