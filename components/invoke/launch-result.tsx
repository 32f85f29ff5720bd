'use client';

import { ArrowRight, CheckCircle2, CircleAlert, Rocket } from 'lucide-react';
import Link from 'next/link';

import { Badge } from '@/components/ui/badge';
import { Button, buttonClasses } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { formatCount } from '@/lib/format';
import { type LaunchResult } from '@/lib/launches/result';

/** What a launch produced: one InvokeId per batch, or the batch's error with what to do. */
export function LaunchResultPanel({ result, onNewLaunch }: { result: LaunchResult; onNewLaunch: () => void }) {
  const sent = result.batches.filter((batch) => batch.status === 'sent').length;
  const allSent = sent === result.batches.length;
  return (
    <Card className={allSent ? 'border-emerald-300 dark:border-emerald-900' : 'border-amber-300 dark:border-amber-900'} data-testid="launch-result">
      <CardHeader
        title={
          <span className="flex items-center gap-2" role="status">
            {allSent ? <CheckCircle2 aria-hidden className="size-4 text-emerald-600" /> : <CircleAlert aria-hidden className="size-4 text-amber-600" />}
            {allSent
              ? `Launched on ${formatCount(result.instanceCount, 'instance')} in ${formatCount(result.batches.length, 'batch', 'batches')}`
              : `${sent} of ${formatCount(result.batches.length, 'batch', 'batches')} sent`}
          </span>
        }
        description={`Launch ${result.launchId} in ${result.regionId}. Each batch is one InvokeCommand call with its own InvokeId.`}
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
      <CardBody className="p-0">
        <ul className="divide-y divide-line" aria-label="Batches">
          {result.batches.map((batch) => (
            <li key={batch.index} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-5 py-2.5 text-[13px]">
              <span className="w-20 text-muted">Batch {batch.index + 1}</span>
              <span className="w-28 text-muted tabular">{formatCount(batch.instanceCount, 'instance')}</span>
              {batch.invokeId ? (
                <Link href={`/invocations/${batch.invokeId}`} className="font-mono font-medium text-accent-700 hover:underline dark:text-accent-400">
                  {batch.invokeId}
                </Link>
              ) : (
                <span className="flex min-w-0 flex-1 flex-wrap items-center gap-2">
                  <Badge tone="danger">{batch.errorCode ?? 'Not sent'}</Badge>
                  <span className="text-muted">{batch.errorMessage}</span>
                </span>
              )}
              {batch.requestId ? <span className="ml-auto font-mono text-xs text-faint">RequestId {batch.requestId}</span> : null}
            </li>
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}
