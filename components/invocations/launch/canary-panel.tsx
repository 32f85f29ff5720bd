'use client';

import { Ban, PauseCircle, Play } from 'lucide-react';
import { useState, useTransition } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Dialog } from '@/components/ui/dialog';
import { formatCount, formatUtc } from '@/lib/format';
import { pauseOf, type RateControl } from '@/lib/invoke/rate-control';
import { canaryResults, type LaunchPauseView, openPauseOf } from '@/lib/launches/canary-view';
import { type AbortLaunchAction, type ResumeLaunchAction } from '@/lib/launches/canary-schema';

interface CanaryLaunch {
  launchId: string;
  instanceCount: number;
  repeatMode: string;
  rateControl: RateControl | null;
  batches: { index: number; instanceCount: number; status: string }[];
  counts: Record<string, number>;
  pauses: LaunchPauseView[];
}

/**
 * A canary on its launch's page: while it waits, what its first batches did and what Resume
 * and Abort would do, with the buttons for operators (any of them, not only its launcher); after
 * that, who resumed or aborted it and when. Nothing when the launch never paused.
 */
export function CanaryPanel({ launch, canAct, resume, abort, onDone }: { launch: CanaryLaunch; canAct: boolean; resume?: ResumeLaunchAction | undefined; abort?: AbortLaunchAction | undefined; onDone: () => void }) {
  const open = openPauseOf(launch.pauses, launch.batches);
  const closed = launch.pauses.filter((pause) => pause !== open && (pause.resumedAt || pause.abortedAt));
  if (!open && closed.length === 0) return null;
  return (
    <Card className={open ? 'border-l-4 border-indigo-300 dark:border-indigo-800' : undefined}>
      <section aria-labelledby="canary-heading" className="space-y-3 px-5 py-4">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <PauseCircle aria-hidden className="size-5 text-indigo-600 dark:text-indigo-400" />
          <h2 id="canary-heading" className="text-base font-semibold text-ink">
            {open ? `Paused after batch ${open.beforeBatch}` : 'Canary'}
          </h2>
        </div>
        {open ? <Waiting launch={launch} pause={open} canAct={canAct} resume={resume} abort={abort} onDone={onDone} /> : null}
        {closed.length ? (
          <ul className="space-y-1 text-sm text-muted" aria-label="Canary history">
            {closed.map((pause) => (
              <li key={pause.beforeBatch}>
                Paused after batch {pause.beforeBatch} at <Clock iso={pause.reachedAt} />;{' '}
                {pause.resumedBy ? (
                  <>
                    resumed by <span className="font-medium text-ink">{pause.resumedBy}</span> at <Clock iso={pause.resumedAt ?? ''} />
                  </>
                ) : (
                  <>
                    aborted by <span className="font-medium text-ink">{pause.abortedBy}</span> at <Clock iso={pause.abortedAt ?? ''} />
                  </>
                )}
                .
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </Card>
  );
}

function Waiting({ launch, pause, canAct, resume, abort, onDone }: { launch: CanaryLaunch; pause: LaunchPauseView; canAct: boolean; resume?: ResumeLaunchAction | undefined; abort?: AbortLaunchAction | undefined; onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const results = canaryResults(launch.batches, launch.counts, pause.beforeBatch);
  const verb = launch.repeatMode === 'Once' ? 'ran' : 'were sent';
  const next = launch.batches.find((batch) => batch.index === pause.beforeBatch);
  const stepwise = pauseOf(launch.rateControl) === 'every' && next && results.remaining > next.instanceCount;
  const resumes = stepwise ? `Resume sends batch ${pause.beforeBatch + 1} (${formatCount(next.instanceCount, 'instance')}), then pauses again` : `Resume sends the remaining ${formatCount(results.remaining, 'instance')}`;

  const act = (action: (() => Promise<{ ok: boolean; message?: string }>) | undefined) =>
    startTransition(async () => {
      if (!action) return;
      setError(null);
      const result = await action();
      setConfirming(false);
      if (!result.ok) setError(result.message ?? 'That did not work. Reload the page.');
      onDone();
    });

  return (
    <>
      <p className="text-sm text-ink">
        {results.ran} of {formatCount(launch.instanceCount, 'instance')} {verb} — <span className="text-emerald-700 dark:text-emerald-400">{results.succeeded} succeeded</span>,{' '}
        <span className={results.failed ? 'font-medium text-rose-700 dark:text-rose-400' : undefined}>{results.failed} failed</span>. Waiting since <Clock iso={pause.reachedAt} /> for a person to look.
      </p>
      <p className="text-sm text-muted">
        {resumes}. Abort sends none of them.
      </p>
      {error ? (
        <Alert tone="danger" live>
          {error}
        </Alert>
      ) : null}
      {canAct ? (
        <div className="flex flex-wrap gap-2">
          <Button variant="primary" disabled={pending} onClick={() => act(resume && (() => resume({ launchId: launch.launchId })))}>
            <Play aria-hidden className="size-4" />
            Resume
          </Button>
          <Button variant="danger" disabled={pending} onClick={() => setConfirming(true)}>
            <Ban aria-hidden className="size-4" />
            Abort
          </Button>
        </div>
      ) : (
        <p className="rounded-md bg-surface-2 px-3 py-2 text-sm text-ink">Waiting for an operator to resume or abort it. Deciding needs the operator role.</p>
      )}
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title="Abort the rest of this launch?"
        description={`None of the remaining ${formatCount(results.remaining, 'instance')} will be sent. The ${formatCount(results.ran, 'instance')} that ${verb} keep their results.`}
        footer={
          <>
            <Button onClick={() => setConfirming(false)}>Keep it paused</Button>
            <Button variant="danger" disabled={pending} onClick={() => act(abort && (() => abort({ launchId: launch.launchId })))} data-autofocus>
              Abort the rest
            </Button>
          </>
        }
      />
    </>
  );
}

/** "14:02 UTC", the full time on hover. */
function Clock({ iso }: { iso: string }) {
  if (!iso) return null;
  return (
    <time dateTime={iso} title={formatUtc(new Date(iso))}>
      {iso.slice(11, 16)} UTC
    </time>
  );
}
