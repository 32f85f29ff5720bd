import { Link } from '@/components/ui/link';

import { type LaunchListRow } from '@/lib/db/launch-list';

/**
 * A launch's InvokeIds, compactly: the first ones as links to their own pages, then how many
 * more. A batch not sent yet, or refused, says so instead of an InvokeId.
 */
export function InvokeIdLinks({ launch }: { launch: Pick<LaunchListRow, 'id' | 'batches' | 'batch_count' | 'send_status' | 'status'> }) {
  // The list query brings the first batches only; the launch page lists them all.
  const shown = launch.batches;
  const more = launch.batch_count - shown.length;
  if (launch.batch_count === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-0.5 text-xs">
      {shown.map((batch) =>
        batch.invokeId ? (
          <Link
            key={batch.index}
            href={`/invocations/${batch.invokeId}`}
            className="relative z-10 -my-1 py-1 font-mono text-muted tabular hover:text-accent-700 hover:underline dark:hover:text-accent-400"
          >
            {batch.invokeId}
          </Link>
        ) : (
          <span key={batch.index} className={batch.status === 'failed' ? 'text-rose-600 dark:text-rose-400' : 'text-faint'}>
            {/* Held for approval, or refused it (skipped), a batch is not on its way. */}
            batch {batch.index + 1} {batch.status === 'failed' || batch.status === 'skipped' ? 'not sent' : launch.status === 'AwaitingApproval' ? 'awaiting approval' : launch.status === 'Paused' ? 'held at the pause' : 'sending…'}
          </span>
        ),
      )}
      {more > 0 ? <span className="text-faint">+{more} more</span> : null}
      {launch.send_status === 'partial' && !shown.some((batch) => batch.status === 'failed') ? (
        <span className="font-medium text-rose-600 dark:text-rose-400">some batches not sent</span>
      ) : null}
    </div>
  );
}
