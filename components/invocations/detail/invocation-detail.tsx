'use client';

import { RefreshCw, RotateCcw, Wrench } from 'lucide-react';
import { Link } from '@/components/ui/link';

import { CopyButton } from '@/components/ui/copy-button';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { TimeAgo } from '@/components/ui/time-ago';
import { formatCount } from '@/lib/format';
import { type InvocationView } from '@/lib/launches/invocation-view';
import { type ReadOutputsAction } from '@/lib/launches/output-groups';
import { type ChangeInvocationScheduleAction } from '@/lib/launches/schedule-change';
import { statusTone } from '@/lib/launches/status';

import { ChangeScheduleButton } from '../launch/change-schedule-dialog';
import { StatusBadge } from '../status-badge';
import { FilteredInstances, useInstanceSelection } from './filtered-instances';
import { LazySchedulePanel as SchedulePanel } from './lazy-schedule-panel';
import { type StopAction, StopButton } from './stop-dialog';
import { stillMoving, useInvocation } from './use-invocation';

/** One InvokeId, live: aggregate and per-instance status, output on demand, stop, run again. */
export function InvocationDetail({
  initial,
  canAct,
  stopAction,
  readOutputs,
  changeSchedule,
}: {
  initial: InvocationView;
  canAct: boolean;
  stopAction: StopAction;
  readOutputs: ReadOutputsAction;
  changeSchedule?: ChangeInvocationScheduleAction;
}) {
  const query = useInvocation(initial.invokeId, initial.regionId, initial);
  const view = query.data;
  const { selected, select, clear } = useInstanceSelection();
  const failed = view.instances.filter((instance) => statusTone(instance.status) === 'failed').length;
  const live = view.source === 'live';
  const rerunBase = view.launch ? `/invoke?from=${view.launch.launchId}` : `/invoke?invokeId=${view.invokeId}&region=${view.regionId}`;
  const stoppable = live && (stillMoving(view) || view.invocationStatus === 'Scheduled');
  const periodic = view.repeatMode === 'Period' || view.repeatMode === 'EveryReboot';
  // One InvokeId of a launch changes with the whole launch: its batches share one schedule.
  const batchCount = view.launch?.batchCount ?? 1;
  const reschedulable = canAct && changeSchedule && stoppable && view.repeatMode === 'Period' && view.invocationStatus !== 'Stopping';

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="font-mono text-xl font-semibold tracking-tight">{view.invokeId}</h1>
            <StatusBadge status={view.invocationStatus} className="text-[13px]" />
            {query.isFetching && live ? <RefreshCw aria-label="Refreshing" className="size-3.5 animate-spin text-faint" /> : null}
          </div>
          <p className="mt-1 text-sm text-muted">
            <span className="font-mono text-ink">{view.commandName || 'Command'}</span> on {formatCount(view.instances.length, 'instance')} in {view.regionId}
            {view.creationTime ? (
              <>
                {' · '}launched <TimeAgo iso={view.creationTime} />
              </>
            ) : null}
            {view.launch ? ` by ${view.launch.createdBy}` : ' (not through InvokeDeck)'}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <CopyButton text={view.invokeId} label="Copy InvokeId" />
          {canAct && stoppable ? (
            <StopButton
              subject={view.invokeId}
              repeatMode={view.repeatMode}
              selected={[...selected]}
              total={view.instances.length}
              stop={(instanceIds) => stopAction({ region: view.regionId, invokeId: view.invokeId, ...(instanceIds ? { instanceIds } : {}) })}
              onStopped={() => {
                clear();
                void query.refetch();
              }}
            />
          ) : null}
          {canAct && view.commandId ? (
            <Link href={rerunBase} className={buttonClasses('secondary', 'sm')}>
              <RotateCcw aria-hidden className="size-3.5" />
              Run again
            </Link>
          ) : null}
          {canAct && failed > 0 ? (
            <Link href={`${rerunBase}&only=failed`} className={buttonClasses('secondary', 'sm')}>
              <Wrench aria-hidden className="size-3.5" />
              Retry failed ({failed})
            </Link>
          ) : null}
        </div>
      </div>

      {!live ? (
        <Alert tone="warning" title="Showing InvokeDeck's last record">
          {view.staleReason} {view.snapshotAt ? <>Recorded <TimeAgo iso={view.snapshotAt} />.</> : null}
        </Alert>
      ) : null}
      {view.launch && view.launch.batchCount > 1 ? (
        <Alert tone="info">
          Batch {view.launch.batchIndex + 1} of {view.launch.batchCount} of a larger launch.{' '}
          <Link href={`/invocations/launches/${view.launch.launchId}`}>See the whole launch</Link>.
        </Alert>
      ) : null}

      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <Card className="min-w-0">
          <CardHeader title="Instances" description={live && stillMoving(view) ? 'Updates by itself until every instance is done.' : 'Every instance has finished.'} />
          <FilteredInstances
            invokeId={view.invokeId}
            region={view.regionId}
            instances={view.instances}
            withHistory={periodic}
            selectable={canAct && stoppable}
            selected={selected}
            onSelect={select}
            outputsAvailable={live}
            outputs={live ? { scope: { invokeId: view.invokeId, region: view.regionId }, fileStem: view.invokeId, readOutputs } : null}
          />
        </Card>
        <div className="space-y-6">
          <Card>
            <CardHeader
              title="When"
              actions={
                reschedulable ? (
                  <ChangeScheduleButton
                    subject={batchCount > 1 ? 'its launch' : view.invokeId}
                    regionId={view.regionId}
                    frequency={view.frequency}
                    invokeIdCount={batchCount}
                    timeoutSeconds={view.timeout || undefined}
                    change={(frequency) => changeSchedule({ region: view.regionId, invokeId: view.invokeId, frequency })}
                    onChanged={() => void query.refetch()}
                  />
                ) : null
              }
            />
            <CardBody>
              {view.repeatMode === 'Once' ? <p className="text-[13px]">Once, right after launch.</p> : <SchedulePanel repeatMode={view.repeatMode} frequency={view.frequency} createdAt={view.creationTime} status={view.invocationStatus} />}
            </CardBody>
          </Card>
          <CommandCard view={view} />
        </div>
      </div>

    </div>
  );
}

function CommandCard({ view }: { view: InvocationView }) {
  if (!view.commandContent && view.parameters.length === 0) return null;
  return (
    <Card>
      <CardHeader title="Command" description={`${view.commandType || 'Script'}${view.username ? ` · runs as ${view.username}` : ''}${view.timeout ? ` · timeout ${view.timeout} s` : ''}`} />
      <CardBody className="space-y-3">
        {view.parameters.length ? (
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 font-mono text-xs">
            {view.parameters.map((entry) => (
              <div key={entry.name} className="contents">
                <dt className="text-muted">{entry.name}</dt>
                <dd className="break-all">{entry.value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        {view.commandContent ? <pre tabIndex={0} aria-label="Command content" className="max-h-60 overflow-auto rounded-md bg-surface-2/60 p-2.5 font-mono text-xs whitespace-pre-wrap">{view.commandContent}</pre> : null}
      </CardBody>
    </Card>
  );
}
