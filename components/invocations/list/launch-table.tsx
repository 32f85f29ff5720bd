import Link from 'next/link';

import { TimeAgo } from '@/components/ui/time-ago';
import { type LaunchListRow } from '@/lib/db/launch-list';

import { InvokeIdLinks } from './invoke-id-links';
import { LiveStatus, LiveStatusProvider } from './live-status';
import { repeatModeWords, scheduleWords } from './schedule-words';

const th = 'px-3 py-2 text-left text-xs font-medium whitespace-nowrap text-muted';
const td = 'px-3 py-2.5 align-top';

/**
 * One row per launch, newest first. The command name links to the launch's page and the
 * whole row is its click target; the InvokeIds inside link to their own pages.
 */
export function LaunchTable({ rows }: { rows: LaunchListRow[] }) {
  return (
    <LiveStatusProvider launches={rows.map((row) => ({ id: row.id, status: row.status }))}>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[1060px] text-[13px]">
          <caption className="sr-only">Launches, newest first</caption>
          <thead className="border-b border-line bg-surface-2/40">
            <tr>
              <th scope="col" className={`${th} w-28 pl-5`}>Launched</th>
              <th scope="col" className={th}>Command</th>
              <th scope="col" className={`${th} w-36`}>Status</th>
              <th scope="col" className={th}>Repeat</th>
              <th scope="col" className={`${th} w-32`}>Region</th>
              <th scope="col" className={`${th} w-24 text-right`}>Instances</th>
              <th scope="col" className={`${th} w-20 text-right`}>Batches</th>
              <th scope="col" className={`${th} w-32 pr-5`}>Operator</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {rows.map((row) => (
              <LaunchRow key={row.id} row={row} />
            ))}
          </tbody>
        </table>
      </div>
    </LiveStatusProvider>
  );
}

function LaunchRow({ row }: { row: LaunchListRow }) {
  const schedule = row.repeat_mode === 'Period' ? scheduleWords(row.frequency, row.created_at) : null;
  return (
    <tr className="relative transition-colors hover:bg-surface-2/60 focus-within:bg-surface-2/60">
      <td className={`${td} pl-5 whitespace-nowrap text-muted tabular`}>
        <TimeAgo iso={row.created_at} />
      </td>
      <td className={`${td} max-w-0 min-w-64`}>
        <Link
          href={`/invocations/launches/${row.id}`}
          className="block truncate font-mono text-[13px] font-medium text-ink after:absolute after:inset-0 after:content-[''] hover:text-accent-700 focus-visible:outline-none focus-visible:after:ring-2 focus-visible:after:ring-accent-500 focus-visible:after:ring-inset dark:hover:text-accent-400"
        >
          {row.command_name}
        </Link>
        <div className="mt-0.5">
          <InvokeIdLinks launch={row} />
        </div>
      </td>
      <td className={td}>
        <LiveStatus launchId={row.id} status={row.status} />
      </td>
      <td className={`${td} max-w-0 min-w-56`}>
        <div className="font-medium text-ink">{repeatModeWords(row.repeat_mode)}</div>
        {schedule ? (
          <div className="line-clamp-2 text-xs text-muted" title={row.frequency ?? undefined}>
            {schedule}
          </div>
        ) : null}
      </td>
      <td className={`${td} font-mono text-xs whitespace-nowrap text-muted`}>{row.region_id}</td>
      <td className={`${td} text-right text-ink tabular`}>{row.instance_count.toLocaleString('en-US')}</td>
      <td className={`${td} text-right text-muted tabular`}>{row.batch_count.toLocaleString('en-US')}</td>
      <td className={`${td} pr-5 whitespace-nowrap text-muted`}>{row.created_by_username}</td>
    </tr>
  );
}
