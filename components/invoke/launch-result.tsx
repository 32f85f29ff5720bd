'use client';

import { useQuery } from '@tanstack/react-query';
import { ArrowRight, CheckCircle2, CircleAlert, Hourglass, Loader2, Rocket } from 'lucide-react';
import { Link } from '@/components/ui/link';

import { reasonWords } from '@/components/approvals/reason-words';
import { BatchProgress } from '@/components/invocations/launch/batch-progress';
import { Badge } from '@/components/ui/badge';
import { Button, buttonClasses } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { formatCount } from '@/lib/format';
import { type LaunchResult } from '@/lib/launches/result';

import { getJson } from './use-launch-data';

const isSending = (result: LaunchResult) => (result.sendStatus === 'queued' || result.sendStatus === 'sending') && !isRequested(result);
// Held by an approval rule: nothing is sent until another operator approves it.
const isRequested = (result: LaunchResult) => result.approval?.state === 'requested';

/**
 * What a launch produced: the server recorded it at once and sends its batches in the
 * background; this follows them (from our records) to one InvokeId per batch, or each batch's
 * error with what to do. Leaving the page changes nothing: the launch goes on.
 */
export function LaunchResultPanel({ result: recorded, onNewLaunch }: { result: LaunchResult; onNewLaunch: () => void }) {
  const query = useQuery({
    queryKey: ['launch-result', recorded.launchId],
    queryFn: ({ signal }) => getJson<LaunchResult>(`/api/launches/${recorded.launchId}?instances=0`, signal),
    initialData: recorded,
    initialDataUpdatedAt: 0,
    // While it waits for approval, now and then: the approval may come any time in 24 hours.
    refetchInterval: (current) => (current.state.data && isSending(current.state.data) ? 700 : current.state.data && isRequested(current.state.data) ? 5_000 : false),
  });
  const result = query.data;
  if (isRequested(result)) return <RequestedPanel result={result} onNewLaunch={onNewLaunch} />;
  const sending = isSending(result);
  const sent = result.batches.filter((batch) => batch.status === 'sent').length;
  const failed = result.batches.filter((batch) => batch.status === 'failed').length;
  const skipped = result.batches.filter((batch) => batch.status === 'skipped').length;
  const allSent = !sending && sent === result.batches.length;
  const tone = sending ? '' : allSent ? 'border-emerald-300 dark:border-emerald-900' : 'border-amber-300 dark:border-amber-900';
  return (
    <Card className={tone} data-testid="launch-result">
      <CardHeader
        // On a phone the actions go under the headline instead of squeezing it into a column.
        className="max-sm:flex-wrap"
        title={
          <span className="flex items-center gap-2" role="status">
            {sending ? <Loader2 aria-hidden className="size-4 animate-spin text-accent-600" /> : allSent ? <CheckCircle2 aria-hidden className="size-4 text-emerald-600" /> : <CircleAlert aria-hidden className="size-4 text-amber-600" />}
            {sending
              ? result.targetTags
                ? `Sending to the instances tagged ${result.targetTags}…`
                : `Sending to ${formatCount(result.instanceCount, 'instance')}…`
              : allSent
                ? result.targetTags
                  ? `Launched on the instances tagged ${result.targetTags}`
                  : `Launched on ${formatCount(result.instanceCount, 'instance')} in ${formatCount(result.batches.length, 'batch', 'batches')}`
                : `${sent} of ${formatCount(result.batches.length, 'batch', 'batches')} sent`}
          </span>
        }
        description={`Launch ${result.launchId} in ${result.regionId}. Each batch is one InvokeCommand call with its own InvokeId; the server sends them even if you leave this page.`}
        actions={
          <>
            <Link href={`/invocations/launches/${result.launchId}`} className={buttonClasses('secondary', 'sm')}>
              Open launch <ArrowRight aria-hidden className="size-3.5" />
            </Link>
            <Button size="sm" variant="ghost" onClick={onNewLaunch}>
              <Rocket aria-hidden className="size-3.5" />
              New launch
            </Button>
          </>
        }
      />
      {result.batches.length > 1 ? (
        <CardBody className="border-b border-line">
          <BatchProgress sent={sent} failed={failed} skipped={skipped} total={result.batches.length} sending={sending} />
        </CardBody>
      ) : null}
      <CardBody className="p-0">
        <ul className="divide-y divide-line" aria-label="Batches">
          {result.batches.map((batch) => (
            <li key={batch.index} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-5 py-2.5 text-[13px]">
              <span className="w-20 text-muted">Batch {batch.index + 1}</span>
              <span className="w-28 text-muted tabular">{result.targetTags ? 'By tags' : formatCount(batch.instanceCount, 'instance')}</span>
              {batch.invokeId ? (
                <Link href={`/invocations/${batch.invokeId}`} className="font-mono font-medium text-accent-700 hover:underline dark:text-accent-400">
                  {batch.invokeId}
                </Link>
              ) : batch.status === 'pending' ? (
                <span className="text-muted">{batch.errorCode ? `Trying again after ${batch.errorCode}…` : 'Waiting to be sent…'}</span>
              ) : (
                <span className="flex min-w-0 flex-1 flex-wrap items-center gap-2">
                  <Badge tone={batch.status === 'skipped' ? 'neutral' : 'danger'}>{batch.errorCode ?? 'Not sent'}</Badge>
                  <span className="text-muted">{batch.errorMessage}</span>
                </span>
              )}
              {batch.requestId ? <span className="ml-auto font-mono text-xs break-all text-faint">RequestId {batch.requestId}</span> : null}
            </li>
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}

/** A launch an approval rule holds: said as such, with why and where it will be decided. */
function RequestedPanel({ result, onNewLaunch }: { result: LaunchResult; onNewLaunch: () => void }) {
  return (
    <Card className="border-amber-300 dark:border-amber-800" data-testid="launch-result">
      <CardHeader
        className="max-sm:flex-wrap"
        title={
          <span className="flex items-center gap-2" role="status">
            <Hourglass aria-hidden className="size-4 text-amber-600 dark:text-amber-400" />
            Requested: waiting for approval
          </span>
        }
        description={`Launch ${result.launchId} in ${result.regionId}, on ${result.targetTags ? `the instances tagged ${result.targetTags}` : formatCount(result.instanceCount, 'instance')}. Nothing is sent until another operator approves it on the launch's page; undecided, it expires after 24 hours.`}
        actions={
          <>
            <Link href={`/invocations/launches/${result.launchId}`} className={buttonClasses('secondary', 'sm')}>
              Open launch <ArrowRight aria-hidden className="size-3.5" />
            </Link>
            <Button size="sm" variant="ghost" onClick={onNewLaunch}>
              <Rocket aria-hidden className="size-3.5" />
              New launch
            </Button>
          </>
        }
      />
      <CardBody className="text-sm">
        <p className="text-muted">
          Why: <span className="text-ink">{reasonWords(result.approval?.reason)}</span>
        </p>
      </CardBody>
    </Card>
  );
}
