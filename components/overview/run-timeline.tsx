import { CalendarClock } from 'lucide-react';
import { Link } from '@/components/ui/link';

import { Card, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { NextRunTime } from '@/components/invocations/next-run';
import { cn } from '@/lib/cn';
import { formatNumber, formatUtc } from '@/lib/format';
import { type TimelineRow } from '@/lib/launches/upcoming-runs';

import { axisTicks, placeOnAxis, type Tick } from './timeline-scale';

const LABEL_COLUMN = 'sm:grid-cols-[15rem_minmax(0,1fr)]';

/**
 * Every scheduled run of the next 24 hours across the Period launches: one row per launch on
 * a shared UTC axis, each run a mark with its exact time. A row draws at most a fixed number
 * of marks (spread over the day) and says how many more there are.
 */
export function RunTimeline({ rows, from, spanMs }: { rows: TimelineRow[]; from: Date; spanMs: number }) {
  const ticks = axisTicks(from, spanMs);
  const until = new Date(from.getTime() + spanMs);
  return (
    <Card>
      <CardHeader title="Next 24 hours" description={`Every scheduled run of the Period launches, from now to ${formatUtc(until).slice(0, 16)} UTC. Hover a mark for its exact time.`} />
      {rows.length === 0 ? (
        <EmptyState icon={<CalendarClock />} title="No Period launch is scheduled">
          Launch a command with Repeat mode “Period” to run it on a schedule; its runs for the next day line up here, one row per launch.
        </EmptyState>
      ) : (
        <div className="px-5 pt-3 pb-4">
          <div aria-hidden className={cn('grid gap-x-4', LABEL_COLUMN)}>
            <span className="hidden text-xs font-medium text-muted sm:block">Launch</span>
            <div className="relative h-5 text-[11px] text-muted tabular">
              <span className="absolute left-0 font-medium text-ink">Now</span>
              {ticks.map((tick) => (
                <span key={tick.iso} className={cn('absolute -translate-x-1/2', tick.minor && 'max-sm:hidden', (tick.left > 95 || tick.left < 6) && 'hidden', tick.left < 14 && 'max-sm:hidden')} style={{ left: `${tick.left}%` }}>
                  {tick.label}
                </span>
              ))}
            </div>
          </div>
          <ol aria-label="Period launches, soonest run first" className="divide-y divide-line">
            {rows.map((row) => (
              <TimelineLane key={row.launchId} row={row} from={from} spanMs={spanMs} ticks={ticks} />
            ))}
          </ol>
          <p className="mt-2 text-xs text-muted">Times in UTC. A cron without a time zone runs on each instance’s clock; it is drawn in UTC.</p>
        </div>
      )}
    </Card>
  );
}

function TimelineLane({ row, from, spanMs, ticks }: { row: TimelineRow; from: Date; spanMs: number; ticks: Tick[] }) {
  const more = row.total - row.runs.length;
  return (
    <li className={cn('grid gap-x-4 gap-y-1.5 py-2.5', LABEL_COLUMN)}>
      <div className="min-w-0">
        <Link href={`/invocations/launches/${row.launchId}`} className="block truncate font-mono text-[13px] font-medium text-ink hover:text-accent-700 hover:underline dark:hover:text-accent-400">
          {row.commandName}
        </Link>
        <p className="truncate text-xs text-muted" title={row.frequency}>
          {row.words}
        </p>
        <p className="text-xs text-muted tabular">
          {formatNumber(row.total)}
          {row.exact ? '' : '+'} {row.total === 1 ? 'run' : 'runs'}
          {more > 0 ? <span className="ml-1.5 font-medium text-amber-800 dark:text-amber-300">+{formatNumber(more)} more</span> : null}
        </p>
      </div>
      <div className="relative h-9 self-center rounded-md bg-surface-2/70 ring-1 ring-line ring-inset">
        {ticks.map((tick) => (
          <span key={tick.iso} aria-hidden className="absolute inset-y-0 w-px bg-line" style={{ left: `${tick.left}%` }} />
        ))}
        {more > 0 && row.runs.length > 1 ? (
          // Too many runs to draw one by one: a band says the drawn marks stand for a continuous stream.
          <span
            aria-hidden
            className="absolute inset-y-1.5 rounded bg-violet-500/15 dark:bg-violet-400/20"
            style={{ left: `${placeOnAxis(row.runs[0] ?? '', from, spanMs)}%`, right: `${100 - placeOnAxis(row.runs.at(-1) ?? '', from, spanMs)}%` }}
          />
        ) : null}
        {row.runs.length > 0 ? (
          <ol aria-label={`Next runs of ${row.commandName}`} className="absolute inset-0">
            {row.runs.map((iso) => (
              <li key={iso} title={formatUtc(new Date(iso))} className="absolute inset-y-2 w-1 -translate-x-1/2 rounded-full bg-violet-500 dark:bg-violet-400" style={{ left: `${placeOnAxis(iso, from, spanMs)}%` }}>
                <span className="sr-only">{formatUtc(new Date(iso))}</span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="absolute inset-0 flex items-center px-3 text-xs text-muted">
            {row.later ? (
              <span>
                No run in the next 24 hours · next <NextRunTime iso={row.later} now={from} />
              </span>
            ) : (
              'No run ahead: this Frequency cannot be read, or its last run has passed.'
            )}
          </p>
        )}
      </div>
    </li>
  );
}
