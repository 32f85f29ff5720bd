import { aggregateStatus, legacyAggregate } from '../simulation/statuses';
import { targetViewAt, type TargetView } from '../simulation/timeline';
import type { Invocation, InvocationTarget } from '../state/types';
import { requireRegion, type ActionHandler, type SandboxContext } from './context';
import { contentEncoding } from './encode';
import { invocationFields, invokeInstanceView } from './invocation-view';
import { paginate } from './paging';

type Row = { invocation: Invocation; targets: Array<{ target: InvocationTarget; view: TargetView }> };

/**
 * DescribeInvocations: one row per invocation of the region, newest first, whoever made it
 * (InvokeDeck, the console, the CLI), with per-instance state and the aggregate.
 */
export const describeInvocations: ActionHandler = ({ params, ctx }) => {
  const region = requireRegion(params, 'cloud-assistant');
  const now = ctx.clock.now();
  const encoding = contentEncoding(params.string('ContentEncoding'));
  const invokeId = params.string('InvokeId');
  const instanceId = params.string('InstanceId');
  // With InstanceId, the docs say CommandName and RepeatMode do not apply.
  const filters: Array<[string | undefined, (invocation: Invocation) => string]> = [
    [invokeId, (i) => i.invokeId],
    [params.string('CommandId'), (i) => i.commandId],
    [instanceId ? undefined : params.string('CommandName'), (i) => i.commandName],
    [params.string('CommandType'), (i) => i.commandType],
    [instanceId ? undefined : params.string('RepeatMode'), (i) => i.repeatMode],
    [params.string('ResourceGroupId'), (i) => i.resourceGroupId],
  ];
  const timed = params.bool('Timed');
  const status = params.oneOf('InvokeStatus', ['Running', 'Finished', 'Success', 'Failed', 'PartialFailed', 'Stopped', 'Stopping', 'Pending', 'Scheduled'] as const);
  const tags = params.tags('Tag');
  const candidates = ctx.store
    .regionInvocations(region.regionId)
    .filter((invocation) => invocation.creationTime <= now)
    .filter((invocation) => filters.every(([wanted, read]) => !wanted || read(invocation) === wanted))
    .filter((invocation) => timed === undefined || invocation.timed === timed)
    .filter((invocation) => !instanceId || invocation.targets.some((target) => target.instanceId === instanceId))
    .filter((invocation) => tags.every((tag) => invocation.tags.some((t) => t.key === tag.key && (tag.value === undefined || t.value === tag.value))));
  // Paging comes first unless the status filter needs every row's state.
  let page;
  if (status) {
    const rows = candidates
      .map((invocation) => toRow(invocation, instanceId, now, ctx))
      .filter(({ targets }) => {
        const aggregate = aggregateStatus(targets.map(({ view }) => view.status));
        return status === aggregate || status === legacyAggregate(aggregate);
      });
    page = paginate(rows, params, { max: 50, clamp: false });
  } else {
    const slice = paginate(candidates, params, { max: 50, clamp: false });
    page = { items: slice.items.map((invocation) => toRow(invocation, instanceId, now, ctx)), paging: slice.paging };
  }
  const includeOutput = (params.bool('IncludeOutput') ?? false) && Boolean(invokeId || instanceId);
  const output = { include: includeOutput, encoding, limit: ctx.limits.outputBytes };
  return {
    Invocations: {
      Invocation: page.items.map(({ invocation, targets }) => {
        const aggregate = aggregateStatus(targets.map(({ view }) => view.status));
        return {
          ...invocationFields(invocation, encoding),
          InvocationStatus: aggregate,
          InvokeStatus: legacyAggregate(aggregate),
          InvokeInstances: { InvokeInstance: targets.map(({ target, view }) => invokeInstanceView(invocation, target, view, output)) },
        };
      }),
    },
    ...page.paging,
  };
};

function toRow(invocation: Invocation, instanceId: string | undefined, now: number, ctx: SandboxContext): Row {
  const targets = invocation.targets
    .filter((target) => !instanceId || target.instanceId === instanceId)
    .flatMap((target) => {
      const instance = ctx.store.instances.get(target.instanceId);
      return instance ? [{ target, view: targetViewAt(invocation, target, instance, now, ctx.oracle) }] : [];
    });
  return { invocation, targets };
}
