import { ArrowRight, Hourglass } from 'lucide-react';
import { Link } from '@/components/ui/link';

import { TimeAgo } from '@/components/ui/time-ago';
import { formatCount } from '@/lib/format';

import { reasonWords } from './reason-words';

export interface PendingApproval {
  launchId: string;
  commandName: string;
  regionId: string;
  instanceCount: number;
  requestedBy: string;
  requestedAt: string;
  reason: string | null;
}

/** Launches waiting for a second operator, above the invocations list; nothing when none waits. */
export function PendingApprovals({ pending }: { pending: PendingApproval[] }) {
  if (pending.length === 0) return null;
  return (
    <section aria-labelledby="pending-approvals" className="mb-4 rounded-lg border border-amber-300 bg-amber-50/60 shadow-xs dark:border-amber-800 dark:bg-amber-950/30">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 border-b border-amber-200 px-4 py-2.5 dark:border-amber-900">
        <h2 id="pending-approvals" className="flex items-center gap-2 text-sm font-semibold text-amber-900 dark:text-amber-200">
          <Hourglass aria-hidden className="size-4" />
          Awaiting approval
        </h2>
        <p className="text-xs text-amber-900/80 dark:text-amber-200/80">
          {formatCount(pending.length, 'launch', 'launches')} sent only once an operator other than the requester approves.
        </p>
      </div>
      <ul className="divide-y divide-amber-200/70 dark:divide-amber-900/70">
        {pending.map((launch) => (
          <li key={launch.launchId} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 text-[13px]">
            <Link
              href={`/invocations/launches/${launch.launchId}`}
              aria-label={`${launch.commandName} on ${instancesOf(launch)}, requested by ${launch.requestedBy}`}
              className="min-w-0 font-mono font-medium break-all text-accent-700 hover:underline dark:text-accent-400"
            >
              {launch.commandName}
            </Link>
            <span className="text-muted">
              {launch.regionId} · <span className="tabular">{instancesOf(launch)}</span>
            </span>
            <span className="text-muted">
              by <span className="text-ink">{launch.requestedBy}</span> <TimeAgo iso={launch.requestedAt} />
            </span>
            <span className="hidden min-w-0 flex-1 truncate text-xs text-muted md:block" title={reasonWords(launch.reason)}>
              {reasonWords(launch.reason)}
            </span>
            <ArrowRight aria-hidden className="ml-auto size-3.5 text-faint" />
          </li>
        ))}
      </ul>
    </section>
  );
}

// A tag target names no instances: Alibaba finds them when it is sent.
const instancesOf = (launch: PendingApproval) => (launch.instanceCount === 0 ? 'instances by tags' : formatCount(launch.instanceCount, 'instance'));
