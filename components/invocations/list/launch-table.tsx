import { Link } from '@/components/ui/link';
import { Suspense } from 'react';

import { TimeAgo } from '@/components/ui/time-ago';
import { type LaunchListRow } from '@/lib/db/launch-list';
import { nextRunOf } from '@/lib/launches/upcoming-runs';

import { NextRunTime } from '../next-run';
import { OutcomeBar } from '../outcome-bar';
import { InvokeIdLinks } from './invoke-id-links';
import { LiveStatus, LiveStatusProvider } from './live-status';
import { repeatModeWords } from './repeat-mode-words';
import { scheduleWords } from './schedule-words';
import { formatNumber } from '@/lib/format';

const th = 'px-3 py-2 text-left text-xs font-medium whitespace-nowrap text-muted';
// Below sm a row is a card: the cells flow as lines (launch, status and outcomes, schedule) then one line of facts.
const td = 'px-3 py-2.5 align-top max-sm:p-0';
const fact = "max-sm:order-4 max-sm:text-xs max-sm:after:px-1.5 max-sm:after:text-faint max-sm:after:content-['·'] max-sm:last:after:content-none";

/** A Period launch still waiting for its schedule runs again; one that is stopped or finished does not. */
const SCHEDULED = new Set(['Pending', 'Running', 'Scheduled']);

/**
 * One row per launch, newest first. The command name links to the launch's page and the
 * whole row is its click target; the InvokeIds inside link to their own pages. On a phone
 * each row stacks into a small card.
 */
export function LaunchTable({ rows, now }: { rows: LaunchListRow[]; now: Date }) {
  return (
    <LiveStatusProvider launches={rows.map((row) => ({ id: row.id, status: row.status }))}>
      <div className="overflow-x-auto">
        <table className="w-full text-[13px] max-sm:block sm:min-w-[1060px]">
          <caption className="sr-only">Launches, newest first</caption>
          <thead className="border-b border-line bg-surface-2/40 max-sm:sr-only">
            <tr>
              <th scope="col" className={`${th} w-28 pl-5`}>Launched</th>
              <th scope="col" className={th}>Command</th>
              <th scope="col" className={`${th} w-44`}>Status</th>
              <th scope="col" className={th}>Repeat</th>
              <th scope="col" className={`${th} w-32`}>Region</th>
              <th scope="col" className={`${th} w-24 text-right`}>Instances</th>
              <th scope="col" className={`${th} w-20 text-right`}>Batches</th>
              <th scope="col" className={`${th} w-32 pr-5`}>Operator</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line max-sm:block">
            {/* A boundary per row: React hydrates the rows as short tasks it yields between, not the table in one. */}
            {rows.map((row) => (
              <Suspense key={row.id}>
                <LaunchRow row={row} now={now} />
              </Suspense>
            ))}
          </tbody>
        </table>
      </div>
    </LiveStatusProvider>
  );
}

function LaunchRow({ row, now }: { row: LaunchListRow; now: Date }) {
  const period = row.repeat_mode === 'Period';
  const schedule = period ? scheduleWords(row.frequency, row.created_at) : null;
  const nextRun = period && SCHEDULED.has(row.status) ? nextRunOf(row.frequency, row.created_at, now) : null;
  return (
    <tr className="relative transition-colors focus-within:bg-surface-2/60 hover:bg-surface-2/60 max-sm:flex max-sm:flex-wrap max-sm:items-baseline max-sm:gap-y-1.5 max-sm:px-4 max-sm:py-3">
      <td className={`${td} ${fact} pl-5 whitespace-nowrap text-muted tabular`}>
        <TimeAgo iso={row.created_at} />
      </td>
      <td className={`${td} max-w-0 min-w-64 max-sm:order-1 max-sm:w-full max-sm:max-w-full max-sm:min-w-0`}>
        <Link
          href={`/invocations/launches/${row.id}`}
          className="-my-[3px] block truncate py-[3px] font-mono text-[13px] font-medium text-ink after:absolute after:inset-0 after:content-[''] hover:text-accent-700 focus-visible:outline-none focus-visible:after:ring-2 focus-visible:after:ring-accent-500 focus-visible:after:ring-inset dark:hover:text-accent-400"
        >
          {row.command_name}
        </Link>
        <div className="mt-0.5">
          <InvokeIdLinks launch={row} />
        </div>
      </td>
      <td className={`${td} max-sm:order-2 max-sm:flex max-sm:w-full max-sm:items-start max-sm:gap-3`}>
        <LiveStatus launchId={row.id} status={row.status} />
        {row.outcomes && row.status !== 'AwaitingApproval' ? <OutcomeBar counts={row.outcomes} className="mt-2 max-w-40 max-sm:mt-1.5 max-sm:flex-1" /> : null}
      </td>
      <td className={`${td} max-w-0 min-w-56 max-sm:order-3 max-sm:w-full max-sm:max-w-full max-sm:min-w-0 max-sm:text-xs`}>
        <div className="font-medium text-ink">{repeatModeWords(row.repeat_mode)}</div>
        {schedule ? (
          <div className="line-clamp-2 text-xs text-muted" title={row.frequency ?? undefined}>
            {schedule}
          </div>
        ) : null}
        {nextRun ? (
          <div className="mt-0.5 text-xs font-medium text-violet-700 tabular dark:text-violet-300">
            Next run <NextRunTime iso={nextRun.toISOString()} now={now} />
          </div>
        ) : null}
      </td>
      <td className={`${td} ${fact} font-mono text-xs whitespace-nowrap text-muted`}>{row.region_id}</td>
      <td className={`${td} ${fact} text-right text-ink tabular`}>
        {formatNumber(row.instance_count)}
        <span className="sm:hidden"> {row.instance_count === 1 ? 'instance' : 'instances'}</span>
      </td>
      <td className={`${td} ${fact} text-right text-muted tabular`}>
        {formatNumber(row.batch_count)}
        <span className="sm:hidden"> {row.batch_count === 1 ? 'batch' : 'batches'}</span>
      </td>
      <td className={`${td} ${fact} pr-5 whitespace-nowrap text-muted`}>{row.created_by_username}</td>
    </tr>
  );
}
