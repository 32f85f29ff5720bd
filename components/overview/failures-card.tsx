import { CheckCircle2, XCircle } from 'lucide-react';
import { Link } from '@/components/ui/link';

import { OutcomeBar } from '@/components/invocations/outcome-bar';
import { buttonClasses } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { TimeAgo } from '@/components/ui/time-ago';
import { type FailedLaunch } from '@/lib/db/overview';
import { formatNumber } from '@/lib/format';

/** Launches with instances that failed in the last 24 hours, latest first, each with its top error. */
export function FailuresCard({ failures }: { failures: FailedLaunch[] }) {
  return (
    <Card className="flex flex-col">
      <CardHeader
        title="Failures in the last 24 hours"
        description="Launches with instances that failed, the latest first, with the error most of them share."
        actions={
          <Link href="/invocations" className="text-xs font-medium whitespace-nowrap text-accent-700 hover:underline dark:text-accent-400">
            All launches
          </Link>
        }
      />
      {failures.length === 0 ? (
        <EmptyState
          icon={<CheckCircle2 />}
          title="No failures in the last 24 hours"
          action={
            <Link href="/invocations" className={buttonClasses('secondary', 'sm')}>
              See every launch
            </Link>
          }
        >
          Every instance that ran since this time yesterday succeeded, or is still running. Failures appear here with their error as soon as they are seen.
        </EmptyState>
      ) : (
        <ul aria-label="Failed launches" className="divide-y divide-line">
          {failures.map((launch) => (
            <FailureRow key={launch.id} launch={launch} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function FailureRow({ launch }: { launch: FailedLaunch }) {
  const { topError } = launch;
  // Which share of the failures the error covers; a single failure needs no count.
  const shared = launch.failed === 1 ? null : topError.count === launch.failed ? `on all ${launch.failed}` : `on ${topError.count} of ${launch.failed}`;
  return (
    <li className="relative flex gap-3 px-5 py-3.5 transition-colors focus-within:bg-surface-2/60 hover:bg-surface-2/60">
      <XCircle aria-hidden className="mt-0.5 size-4 shrink-0 text-rose-600 dark:text-rose-400" />
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5">
          <Link
            href={`/invocations/launches/${launch.id}`}
            className="truncate font-mono text-[13px] font-medium text-ink after:absolute after:inset-0 hover:text-accent-700 focus-visible:outline-none focus-visible:after:ring-2 focus-visible:after:ring-accent-500 focus-visible:after:ring-inset dark:hover:text-accent-400"
          >
            {launch.commandName}
          </Link>
          <span className="text-xs font-medium whitespace-nowrap text-rose-700 tabular dark:text-rose-400">
            {formatNumber(launch.failed)} of {formatNumber(launch.instanceCount)} failed
          </span>
        </div>
        <p className="mt-1 flex min-w-0 flex-wrap items-baseline gap-x-2 gap-y-0.5 text-xs sm:flex-nowrap">
          <code className="shrink-0 rounded bg-rose-50 px-1.5 py-0.5 font-mono text-[11px] text-rose-800 dark:bg-rose-950 dark:text-rose-300">{topError.code || 'No error code'}</code>
          <span className="min-w-0 text-muted max-sm:basis-full max-sm:line-clamp-2 sm:truncate" title={topError.info || undefined}>
            {topError.info || 'The instance reported no error message.'}
          </span>
          {shared ? <span className="shrink-0 text-muted">· {shared}</span> : null}
        </p>
        <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1.5 text-xs text-muted">
          <OutcomeBar counts={launch.outcomes} className="w-40" />
          <span>
            last failed <TimeAgo iso={launch.lastFailureAt} /> · {launch.createdBy} · <span className="font-mono">{launch.regionId}</span>
          </span>
        </div>
      </div>
    </li>
  );
}
