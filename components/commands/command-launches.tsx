import { ArrowRight, Rocket } from 'lucide-react';
import { Link } from '@/components/ui/link';

import { OutcomeBar } from '@/components/invocations/outcome-bar';
import { StatusBadge } from '@/components/invocations/status-badge';
import { repeatModeWords } from '@/components/invocations/list/repeat-mode-words';
import { CellLabel } from '@/components/ui/cell-label';
import { EmptyState } from '@/components/ui/empty-state';
import { TimeAgo } from '@/components/ui/time-ago';
import { type CommandLaunchRow } from '@/lib/db/command-launches';
import { formatCount } from '@/lib/format';

/**
 * InvokeDeck's launches of a command: when, who, on how many instances, what became of them,
 * and for a public command which version ran. Each opens its launch page.
 */
export function CommandLaunches({ launches, versions, launchHref }: { launches: CommandLaunchRow[]; versions: Map<string, number> | null; launchHref: string | null }) {
  if (launches.length === 0) {
    return (
      <EmptyState
        icon={<Rocket />}
        title="Not launched from InvokeDeck yet"
        action={launchHref ? <Link href={launchHref} className="text-sm font-medium text-accent-600 hover:underline dark:text-accent-400">Launch it</Link> : undefined}
      >
        Launches made here appear with who ran them, on how many instances and how they went. Runs from the console or the CLI are in its invocations.
      </EmptyState>
    );
  }
  return (
    <table role="table" aria-label="Launches of this command" className="block w-full text-left text-sm md:table">
      <thead role="rowgroup" className="sr-only border-b border-line text-xs text-muted md:not-sr-only md:table-header-group">
        <tr role="row">
          <th role="columnheader" scope="col" className="px-5 py-2.5 font-medium">When</th>
          <th role="columnheader" scope="col" className="px-3 py-2.5 font-medium">By</th>
          {versions ? <th role="columnheader" scope="col" className="px-3 py-2.5 font-medium">Version</th> : null}
          <th role="columnheader" scope="col" className="px-3 py-2.5 font-medium">Instances</th>
          <th role="columnheader" scope="col" className="px-3 py-2.5 font-medium">Outcome</th>
          <th role="columnheader" scope="col" className="px-5 py-2.5 text-right font-medium">
            <span className="sr-only">Open</span>
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup" className="block divide-y divide-line md:table-row-group">
        {launches.map((launch) => (
          <tr key={launch.id} role="row" className="grid grid-cols-2 gap-x-4 gap-y-2 px-4 py-3 hover:bg-surface-2/40 sm:px-5 md:table-row md:p-0">
            <td role="cell" className="text-xs md:px-5 md:py-2.5">
              <CellLabel until="md">When</CellLabel>
              <TimeAgo iso={launch.createdAt} className="text-ink tabular" />
              <div className="text-muted">{repeatModeWords(launch.repeatMode)}</div>
            </td>
            <td role="cell" className="text-xs md:px-3 md:py-2.5">
              <CellLabel until="md">By</CellLabel>
              <span className="font-medium text-ink">{launch.createdBy}</span>
            </td>
            {versions ? (
              <td role="cell" className="text-xs md:px-3 md:py-2.5">
                <CellLabel until="md">Version</CellLabel>
                <span className="font-mono text-ink">v{versions.get(launch.commandId) ?? '?'}</span>
              </td>
            ) : null}
            <td role="cell" className="text-xs md:px-3 md:py-2.5">
              <CellLabel until="md">Instances</CellLabel>
              <span className="text-ink tabular">{formatCount(launch.instanceCount, 'instance')}</span>
            </td>
            <td role="cell" className="col-span-2 min-w-0 text-xs md:w-64 md:px-3 md:py-2.5">
              <CellLabel until="md">Outcome</CellLabel>
              <div className="flex items-center gap-3">
                <StatusBadge status={launch.status} />
                {launch.outcomes ? <OutcomeBar counts={launch.outcomes} className="min-w-24 flex-1" /> : null}
              </div>
            </td>
            <td role="cell" className="col-span-2 md:px-5 md:py-2.5 md:text-right">
              <Link href={`/invocations/launches/${launch.id}`} className="inline-flex items-center gap-1 rounded text-xs font-medium text-accent-600 hover:underline dark:text-accent-400">
                Open launch<span className="sr-only"> of {new Date(launch.createdAt).toISOString().replace('T', ' ').slice(0, 16)} UTC by {launch.createdBy}</span>
                <ArrowRight aria-hidden className="size-3.5" />
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
