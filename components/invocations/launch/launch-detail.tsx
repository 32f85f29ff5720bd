'use client';

import { RefreshCw, RotateCcw, Wrench } from 'lucide-react';
import { Link } from '@/components/ui/link';
import { Suspense } from 'react';

import { type DecideLaunchAction } from '@/components/approvals/action-types';
import { ApprovalPanel } from '@/components/approvals/approval-panel';
import { buttonClasses } from '@/components/ui/button';
import { Alert } from '@/components/ui/alert';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { TimeAgo } from '@/components/ui/time-ago';
import { formatCount } from '@/lib/format';
import { describeConcurrency, describeRateControl } from '@/lib/invoke/rate-control';
import { type AbortLaunchAction, type ResumeLaunchAction } from '@/lib/launches/canary-schema';
import { type LaunchView } from '@/lib/launches/launch-view';
import { type ReadOutputsAction } from '@/lib/launches/output-groups';
import { type ChangeLaunchScheduleAction } from '@/lib/launches/schedule-change';
import { isTerminal, statusTone } from '@/lib/launches/status';

import { FilteredInstances, useInstanceSelection } from '../detail/filtered-instances';
import { StopButton, type StopLaunchAction } from '../detail/stop-dialog';
import { StatusBadge } from '../status-badge';
import { BatchProgress } from './batch-progress';
import { CanaryPanel } from './canary-panel';
import { ExportMenu } from './export-menu';
import { LaunchSchedule } from './launch-schedule';
import { type ResendAction, ResendButton } from './resend-dialog';
import { useLaunchView } from './use-launch-view';

/**
 * A launch as one thing, whatever its batches: send progress, each InvokeId's status, resend
 * for failed sends, every instance's status over all batches with their outputs grouped, and
 * one Stop for all of it. `scheduleWords` is a Period launch's Frequency in words, worded on
 * the server.
 */
export function LaunchDetail({
  initial,
  canAct,
  resend,
  stopLaunch,
  readOutputs,
  scheduleWords = null,
  changeSchedule,
  approver = { username: '', canAct: false },
  decide,
  resumeLaunch,
  abortLaunch,
}: {
  initial: LaunchView;
  canAct: boolean;
  resend: ResendAction;
  stopLaunch: StopLaunchAction;
  readOutputs: ReadOutputsAction;
  scheduleWords?: string | null;
  changeSchedule?: ChangeLaunchScheduleAction;
  /** Who reads the page, for the approval panel: the requester and viewers read it, others decide. */
  approver?: { username: string; canAct: boolean };
  decide?: DecideLaunchAction;
  /** A canary paused for a person: any operator resumes or aborts it. */
  resumeLaunch?: ResumeLaunchAction;
  abortLaunch?: AbortLaunchAction;
}) {
  const { selected, select, clear } = useInstanceSelection();
  const query = useLaunchView(initial);
  const view = query.data;
  const sent = view.batches.filter((batch) => batch.status === 'sent').length;
  const failedToSend = view.batches.filter((batch) => batch.status === 'failed').length;
  const skipped = view.batches.filter((batch) => batch.status === 'skipped').length;
  const failedInstances = view.instances.filter((instance) => statusTone(instance.status) === 'failed').length;
  // Held for a second operator: nothing is on its way, so nothing to stop yet.
  const awaiting = view.approval?.state === 'requested';
  const sending = (view.sendStatus === 'queued' || view.sendStatus === 'sending') && !awaiting;
  // Something to stop: a batch still to be sent, or an InvokeId still running or scheduled.
  const moving = sending || view.batches.some((batch) => batch.invokeId && !isTerminal(view.batchStatuses.find((entry) => entry.index === batch.index)?.status ?? 'Pending'));
  const periodic = view.repeatMode === 'Period' || view.repeatMode === 'EveryReboot';
  const invokeIds = view.batches.filter((batch) => batch.invokeId).length;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <div className="flex items-center gap-3">
            <h1 className="text-xl font-semibold tracking-tight">
              Launch of <span className="font-mono">{view.commandName}</span>
            </h1>
            <StatusBadge status={view.status} className="text-[13px]" />
            {query.isFetching ? <RefreshCw aria-label="Refreshing" className="size-3.5 animate-spin text-faint" /> : null}
          </div>
          <p className="mt-1 text-sm text-muted">
            {view.targetTags ? `${formatCount(view.instanceCount, 'instance')} reached by the tags ${view.targetTags}` : formatCount(view.instanceCount, 'instance')} in {view.regionId} · {view.repeatMode} · by {view.createdBy} <TimeAgo iso={view.createdAt} />
          </p>
          {view.frequency ? (
            <p className="mt-0.5 text-sm text-muted">
              Schedule: {scheduleWords && scheduleWords !== view.frequency ? <span className="text-ink">{scheduleWords}</span> : null}{' '}
              <code className="rounded bg-surface-2 px-1 py-0.5 font-mono text-xs text-ink" title="Frequency, as sent to Alibaba Cloud">
                {view.frequency}
              </code>
            </p>
          ) : null}
          <p className="mt-0.5 text-sm text-muted">
            Rate control: <span className="text-ink">{describeRateControl(view.rateControl, view.targetTags ? undefined : view.instanceCount)}</span>
          </p>
          <p className="mt-0.5 font-mono text-xs text-faint">{view.launchId}</p>
        </div>
        {canAct ? (
          <div className="flex flex-wrap gap-2">
            {moving ? (
              <StopButton
                subject={`this launch (${formatCount(invokeIds, 'InvokeId')})`}
                repeatMode={view.repeatMode}
                selected={[...selected]}
                total={view.instanceCount}
                stop={(instanceIds) => stopLaunch({ launchId: view.launchId, ...(instanceIds ? { instanceIds } : {}) })}
                onStopped={() => {
                  clear();
                  void query.refetch();
                }}
              />
            ) : null}
            <Link href={`/invoke?from=${view.launchId}`} className={buttonClasses('secondary', 'sm')}>
              <RotateCcw aria-hidden className="size-3.5" />
              Run again
            </Link>
            {failedInstances > 0 ? (
              <Link href={`/invoke?from=${view.launchId}&only=failed`} className={buttonClasses('secondary', 'sm')}>
                <Wrench aria-hidden className="size-3.5" />
                Retry failed ({failedInstances})
              </Link>
            ) : null}
            <ExportMenu launchId={view.launchId} readOutputs={readOutputs} />
          </div>
        ) : (
          <ExportMenu launchId={view.launchId} readOutputs={readOutputs} />
        )}
      </div>
      {view.approval ? (
        <ApprovalPanel
          approval={view.approval}
          launch={{ launchId: view.launchId, commandName: view.commandName, regionId: view.regionId, instances: view.targetTags ? `the instances tagged ${view.targetTags}` : formatCount(view.instanceCount, 'instance') }}
          viewer={approver}
          decide={decide}
          onDecided={() => void query.refetch()}
        />
      ) : null}
      <CanaryPanel launch={view} canAct={canAct} resume={resumeLaunch} abort={abortLaunch} onDone={() => void query.refetch()} />
      {/* A refused or expired request says why in its approval panel already. */}
      {view.haltReason && (!view.approval || view.approval.state === 'approved') ? (
        <Alert tone="warning" title={skipped === 1 ? '1 batch was not sent' : `${skipped} batches were not sent`}>
          {view.haltReason}
        </Alert>
      ) : null}
      {view.repeatMode === 'Period' && view.frequency ? <LaunchSchedule view={view} changeSchedule={canAct && changeSchedule ? changeSchedule : null} onChanged={() => void query.refetch()} /> : null}
      <Card>
        <CardHeader title="Batches" description="Each batch is one InvokeCommand call, with its own ClientToken and InvokeId. The server sends them, whether or not this page is open." />
        <CardBody className="border-b border-line">
          <BatchProgress sent={sent} failed={failedToSend} skipped={skipped} total={view.batches.length} sending={sending && view.status !== 'Paused'} />
        </CardBody>
        <ul className="divide-y divide-line" aria-label="Batches">
          {view.batches.map((batch) => (
            <li key={batch.index} className="flex flex-wrap items-center gap-x-5 gap-y-2 px-5 py-3 text-[13px]">
              <span className="w-16 font-medium">Batch {batch.index + 1}</span>
              <span className="w-24 text-muted tabular">{view.targetTags ? formatCount(view.instanceCount, 'instance') : formatCount(batch.instanceCount, 'instance')}</span>
              <StatusBadge status={view.batchStatuses.find((entry) => entry.index === batch.index)?.status ?? 'Pending'} />
              {batch.invokeId ? (
                <Link href={`/invocations/${batch.invokeId}`} className="font-mono font-medium text-accent-700 hover:underline dark:text-accent-400">
                  {batch.invokeId}
                </Link>
              ) : batch.status === 'pending' && !batch.errorCode && view.status === 'Paused' ? (
                <span className="text-xs text-muted">Held at the pause until someone resumes the launch</span>
              ) : batch.status === 'pending' && !batch.errorCode && view.rateControl?.concurrency && sent > 0 ? (
                <span className="text-xs text-muted">Waits for room: {describeConcurrency(view.rateControl.concurrency)}</span>
              ) : batch.errorCode ? (
                <span className="min-w-0 flex-1">
                  {batch.status === 'pending' ? <span className="text-xs text-muted">Trying again after </span> : null}
                  <span className={batch.status === 'skipped' ? 'font-mono text-xs font-medium text-muted' : 'font-mono text-xs font-medium text-rose-700 dark:text-rose-400'}>{batch.errorCode}</span>{' '}
                  <span className="text-muted">{batch.errorMessage}</span>
                </span>
              ) : null}
              <span className="ml-auto flex items-center gap-3">
                {batch.requestId ? <span className="font-mono text-xs text-faint">RequestId {batch.requestId}</span> : null}
                {canAct && batch.status === 'failed' ? (
                  <ResendButton launchId={view.launchId} batchIndex={batch.index} secretNames={batch.secretsKept ? [] : view.secretNames} resend={resend} onDone={() => void query.refetch()} />
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      </Card>
      {view.instances.length ? (
        <Card className="min-w-0">
          <CardHeader
            title="Instances"
            description={`Every instance over ${view.batches.length === 1 ? 'the one batch' : `all ${view.batches.length} batches`}. ${awaiting ? 'None runs before the launch is approved.' : moving ? 'Updates by itself until every instance is done.' : 'Every instance has finished.'}`}
          />
          {/* Its own boundary: the instance table hydrates as a task of its own, after the panels above. */}
          <Suspense>
            <FilteredInstances
              region={view.regionId}
              instances={view.instances}
              withHistory={periodic}
              selectable={canAct && moving}
              selected={selected}
              onSelect={select}
              outputsAvailable
              byBatch
              outputs={invokeIds ? { scope: { launchId: view.launchId }, fileStem: `launch-${view.launchId}`, readOutputs } : null}
            />
          </Suspense>
        </Card>
      ) : null}
    </div>
  );
}
