import { Activity, Rocket } from 'lucide-react';
import { Link } from '@/components/ui/link';

import { OutcomeBar } from '@/components/invocations/outcome-bar';
import { StatusBadge } from '@/components/invocations/status-badge';
import { buttonClasses } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { NextRunTime } from '@/components/invocations/next-run';
import { TimeAgo } from '@/components/ui/time-ago';
import { type OverviewLaunch } from '@/lib/db/overview';
import { formatNumber } from '@/lib/format';

export interface ActiveItem {
  launch: OverviewLaunch;
  /** A Period launch's schedule in words and its next run (ISO), computed on the server. */
  schedule: { words: string; nextRun: string | null } | null;
}

/** Launches running now or waiting for their schedule, newest first. */
export function ActiveCard({ items, canLaunch, now }: { items: ActiveItem[]; canLaunch: boolean; now: Date }) {
  return (
    <Card className="flex flex-col">
      <CardHeader title="Running and scheduled" description="Launches at work now, and Period launches waiting for their next run." />
      {items.length === 0 ? (
        <EmptyState
          icon={<Activity />}
          title="Nothing is running or scheduled"
          action={
            canLaunch ? (
              <Link href="/invoke" className={buttonClasses('secondary', 'sm')}>
                <Rocket aria-hidden className="size-3.5" />
                Launch a command
              </Link>
            ) : null
          }
        >
          {canLaunch
            ? 'A launch shows here while it runs; a Period launch stays until it is stopped.'
            : 'A launch shows here while it runs, and a Period launch until it is stopped. Operators start them from the launch form.'}
        </EmptyState>
      ) : (
        <ul aria-label="Running and scheduled launches" className="divide-y divide-line">
          {items.map((item) => (
            <ActiveRow key={item.launch.id} item={item} now={now} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function ActiveRow({ item: { launch, schedule }, now }: { item: ActiveItem; now: Date }) {
  return (
    <li className="relative px-5 py-3 transition-colors focus-within:bg-surface-2/60 hover:bg-surface-2/60">
      <div className="flex items-center justify-between gap-3">
        <Link
          href={`/invocations/launches/${launch.id}`}
          className="min-w-0 truncate font-mono text-[13px] font-medium text-ink after:absolute after:inset-0 hover:text-accent-700 focus-visible:outline-none focus-visible:after:ring-2 focus-visible:after:ring-accent-500 focus-visible:after:ring-inset dark:hover:text-accent-400"
        >
          {launch.commandName}
        </Link>
        <StatusBadge status={launch.status} />
      </div>
      <p className="mt-1 text-xs text-muted">
        {schedule ? (
          <>
            <span className="text-ink">{schedule.words}</span>
            {schedule.nextRun ? (
              <>
                {' · '}
                <span className="font-medium text-violet-700 dark:text-violet-300">
                  next run <NextRunTime iso={schedule.nextRun} now={now} />
                </span>
              </>
            ) : null}
          </>
        ) : (
          <>
            {formatNumber(launch.instanceCount)} {launch.instanceCount === 1 ? 'instance' : 'instances'} · started <TimeAgo iso={launch.createdAt} /> by {launch.createdBy}
          </>
        )}
      </p>
      {launch.repeatMode !== 'Period' ? <OutcomeBar counts={launch.outcomes} className="mt-2 max-w-56" /> : null}
    </li>
  );
}
