import { legacyInstance } from '../simulation/statuses';
import { runFor, targetViewAt, triggersFor, type Trigger } from '../simulation/timeline';
import type { Instance, Invocation, InvocationTarget } from '../state/types';
import { requireRegion, type ActionHandler, type SandboxContext } from './context';
import { contentEncoding } from './encode';
import { invocationResultView, type OutputOptions } from './invocation-view';
import { paginate } from './paging';

/** A row before its state is computed: an instance's current state, or one past run. */
interface Slot {
  invocation: Invocation;
  target: InvocationTarget;
  instance: Instance;
  trigger: Trigger | null;
  /** 1-based position among the instance's runs (history rows). */
  position: number;
}

const RECORD_STATUSES = ['Running', 'Finished', 'Success', 'Failed', 'PartialFailed', 'Stopped', 'Stopping'] as const;

/**
 * DescribeInvocationResults: per-instance results; with IncludeHistory=true, every past
 * run of a Period or EveryReboot invocation, newest first. Paging sits inside `Invocation`.
 */
export const describeInvocationResults: ActionHandler = ({ params, ctx }) => {
  const region = requireRegion(params, 'cloud-assistant');
  const now = ctx.clock.now();
  const invokeId = params.string('InvokeId');
  const instanceId = params.string('InstanceId');
  const commandId = params.string('CommandId');
  const history = params.bool('IncludeHistory') ?? false;
  const recordStatus = params.oneOf('InvokeRecordStatus', RECORD_STATUSES);
  const tags = params.tags('Tag');
  const output: OutputOptions = { include: true, encoding: contentEncoding(params.string('ContentEncoding')), limit: ctx.limits.outputBytes };
  const slots: Slot[] = [];
  for (const invocation of ctx.store.regionInvocations(region.regionId)) {
    if (invocation.creationTime > now || (invokeId && invocation.invokeId !== invokeId) || (commandId && invocation.commandId !== commandId)) continue;
    if (!tags.every((tag) => invocation.tags.some((t) => t.key === tag.key && (tag.value === undefined || t.value === tag.value)))) continue;
    const withHistory = history && (invocation.repeatMode === 'Period' || invocation.repeatMode === 'EveryReboot');
    for (const target of invocation.targets) {
      const instance = ctx.store.instances.get(target.instanceId);
      if (!instance || (instanceId && target.instanceId !== instanceId)) continue;
      const { list, earlier } = withHistory ? triggersFor(invocation, target, instance, now, ctx.oracle) : { list: [], earlier: 0 };
      if (!list.length) slots.push({ invocation, target, instance, trigger: null, position: 0 });
      list.forEach((trigger, i) => slots.push({ invocation, target, instance, trigger, position: earlier + i + 1 }));
    }
  }
  if (history) slots.sort((a, b) => (b.trigger?.at ?? b.invocation.creationTime) - (a.trigger?.at ?? a.invocation.creationTime));
  const render = (slot: Slot) => renderSlot(slot, now, ctx, output);
  let page;
  if (recordStatus) {
    const rows = slots.map(render).filter((row) => matchesRecordStatus(row, recordStatus));
    page = paginate(rows, params, { max: 50, clamp: false });
  } else {
    const slice = paginate(slots, params, { max: 50, clamp: false });
    page = { items: slice.items.map(render), paging: slice.paging };
  }
  return { Invocation: { InvocationResults: { InvocationResult: page.items }, ...page.paging } };
};

function renderSlot(slot: Slot, now: number, ctx: SandboxContext, output: OutputOptions): Record<string, unknown> {
  const { invocation, target, instance, trigger } = slot;
  if (trigger) {
    const run = runFor(invocation, target, instance, trigger, now);
    return invocationResultView(invocation, target, run.status, run, slot.position, output);
  }
  const view = targetViewAt(invocation, target, instance, now, ctx.oracle);
  return invocationResultView(invocation, target, view.status, view.latest, view.repeats, output);
}

function matchesRecordStatus(row: Record<string, unknown>, wanted: (typeof RECORD_STATUSES)[number]): boolean {
  const status = row.InvocationStatus as Parameters<typeof legacyInstance>[0];
  if (wanted === 'Success') return status === 'Success';
  if (wanted === 'PartialFailed') return false;
  return legacyInstance(status) === wanted;
}
