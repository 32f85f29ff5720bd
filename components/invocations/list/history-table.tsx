import { Globe2, Rocket } from 'lucide-react';
import { Link } from '@/components/ui/link';

import { TimeAgo } from '@/components/ui/time-ago';
import { type AccountInvocationRow } from '@/lib/launches/account-history';

import { StatusBadge } from '../status-badge';
import { repeatModeWords } from './repeat-mode-words';
import { scheduleWords } from './schedule-words';
import { formatNumber } from '@/lib/format';

const th = 'px-3 py-2 text-left text-xs font-medium whitespace-nowrap text-muted';
// Below sm a row is a card, as in the launches table: command, status, repeat, then a line of facts.
const td = 'px-3 py-2.5 align-top max-sm:p-0';
const fact = "max-sm:order-4 max-sm:text-xs max-sm:after:px-1.5 max-sm:after:text-faint max-sm:after:content-['·']";
const lastFact = 'max-sm:order-4 max-sm:text-xs';
const rowLink =
  "-my-[3px] block truncate py-[3px] font-mono text-[13px] font-medium text-ink after:absolute after:inset-0 after:content-[''] hover:text-accent-700 focus-visible:outline-none focus-visible:after:ring-2 focus-visible:after:ring-accent-500 focus-visible:after:ring-inset dark:hover:text-accent-400";

/**
 * One row per invocation of the region, newest first, whoever made it. A row InvokeDeck
 * launched opens its launch; any other opens its InvokeId's page, and says where it came from.
 */
export function HistoryTable({ rows, region }: { rows: AccountInvocationRow[]; region: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-[13px] max-sm:block sm:min-w-[980px]">
        <caption className="sr-only">Invocations in {region}, newest first</caption>
        <thead className="border-b border-line bg-surface-2/40 max-sm:sr-only">
          <tr>
            <th scope="col" className={`${th} w-28 pl-5`}>Created</th>
            <th scope="col" className={th}>Command</th>
            <th scope="col" className={`${th} w-36`}>Status</th>
            <th scope="col" className={th}>Repeat</th>
            <th scope="col" className={`${th} w-24 text-right`}>Instances</th>
            <th scope="col" className={`${th} w-56 pr-5`}>Source</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line max-sm:block">
          {rows.map((row) => (
            <HistoryRow key={row.invokeId} row={row} region={region} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HistoryRow({ row, region }: { row: AccountInvocationRow; region: string }) {
  const invokeIdPage = `/invocations/${row.invokeId}?region=${encodeURIComponent(region)}`;
  const schedule = row.repeatMode === 'Period' && row.createdAt ? scheduleWords(row.frequency, row.createdAt) : null;
  return (
    <tr className="relative transition-colors focus-within:bg-surface-2/60 hover:bg-surface-2/60 max-sm:flex max-sm:flex-wrap max-sm:items-baseline max-sm:gap-y-1.5 max-sm:px-4 max-sm:py-3">
      <td className={`${td} ${fact} pl-5 whitespace-nowrap text-muted tabular`}>{row.createdAt ? <TimeAgo iso={row.createdAt} /> : '—'}</td>
      <td className={`${td} max-w-0 min-w-64 max-sm:order-1 max-sm:w-full max-sm:max-w-full max-sm:min-w-0`}>
        <Link href={row.launch ? `/invocations/launches/${row.launch.launchId}` : invokeIdPage} className={rowLink}>
          {row.commandName || <span className="font-sans text-muted italic">Script run without a name</span>}
        </Link>
        <div className="mt-0.5 flex flex-wrap items-center gap-x-2 text-xs text-muted">
          {/* Ours: the row opens the launch, this link the InvokeId itself. */}
          {row.launch ? (
            <Link href={invokeIdPage} className="relative z-10 -my-1 py-1 font-mono tabular hover:text-accent-700 hover:underline dark:hover:text-accent-400">
              {row.invokeId}
            </Link>
          ) : (
            <span className="font-mono tabular">{row.invokeId}</span>
          )}
          <span className="font-mono text-faint" title="Command ID">
            {row.commandId}
          </span>
        </div>
      </td>
      <td className={`${td} max-sm:order-2 max-sm:mr-2`}>
        <StatusBadge status={row.status} />
      </td>
      <td className={`${td} max-w-0 min-w-48 max-sm:order-3 max-sm:w-full max-sm:max-w-full max-sm:min-w-0 max-sm:text-xs`}>
        <div className="font-medium text-ink">{repeatModeWords(row.repeatMode)}</div>
        {schedule ? (
          <div className="line-clamp-2 text-xs text-muted" title={row.frequency}>
            {schedule}
          </div>
        ) : null}
      </td>
      <td className={`${td} ${lastFact} text-right text-ink tabular`}>
        {formatNumber(row.instanceCount)}
        <span className="sm:hidden"> {row.instanceCount === 1 ? 'instance' : 'instances'}</span>
      </td>
      {/* On a phone, beside the status: where it came from matters as much. */}
      <td className={`${td} pr-5 max-sm:order-2`}>
        <Source row={row} />
      </td>
    </tr>
  );
}

/** Where the invocation came from, in words and an icon, never in colour alone. */
function Source({ row }: { row: AccountInvocationRow }) {
  if (row.launch) {
    return (
      <span className="inline-flex items-center gap-1.5 text-xs font-medium text-accent-700 dark:text-accent-300">
        <Rocket aria-hidden className="size-3.5" />
        InvokeDeck launch · {row.launch.createdBy}
      </span>
    );
  }
  return (
    <span className="inline-flex flex-col gap-0.5">
      <span className="inline-flex w-fit items-center gap-1.5 rounded-full bg-surface-2 px-2 py-0.5 text-xs font-medium whitespace-nowrap text-muted ring-1 ring-line-strong ring-inset">
        <Globe2 aria-hidden className="size-3" />
        Made outside InvokeDeck
      </span>
      {row.foreignLaunchTag ? (
        <span className="text-[11px] text-faint" title={`invokedeck:launch=${row.foreignLaunchTag}`}>
          tagged by another InvokeDeck
        </span>
      ) : null}
    </span>
  );
}
