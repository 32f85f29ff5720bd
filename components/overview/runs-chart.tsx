import { BarChart3 } from 'lucide-react';

import { OUTCOME_STYLE } from '@/components/invocations/outcome-bar';
import { Card, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { cn } from '@/lib/cn';
import { type DayOutcomes } from '@/lib/db/overview';
import { NO_OUTCOMES, OUTCOMES, type Outcome, outcomeTotal, outcomeWords } from '@/lib/launches/outcomes';

import { chartTop, gridValues, shortDay, stackDay } from './chart-scale';
import { RunsTable } from './runs-table';
import { formatNumber } from '@/lib/format';

const SLOT = 40;
const BAR = 24;
const HEIGHT = 160;

const FILL: Record<Outcome, string> = {
  succeeded: 'fill-emerald-500',
  failed: 'fill-rose-500',
  running: 'fill-sky-500',
  scheduled: 'fill-violet-500',
  stopped: 'fill-zinc-400 dark:fill-zinc-500',
};

const LABELS: Record<Outcome, string> = { succeeded: 'Succeeded', failed: 'Failed', running: 'Running', scheduled: 'Scheduled', stopped: 'Stopped' };

/**
 * Fourteen days of instance runs as stacked bars, drawn on the server as SVG. The plot
 * stretches to the card; its labels are HTML so they keep their size at any width. A table
 * of the same numbers is one click away, and the image's own name gives the totals.
 */
export function RunsChart({ days }: { days: DayOutcomes[] }) {
  const totals = { ...NO_OUTCOMES };
  for (const day of days) for (const outcome of OUTCOMES) totals[outcome] += day[outcome];
  const top = chartTop(Math.max(0, ...days.map(outcomeTotal)));
  const width = days.length * SLOT;
  const first = days[0]?.day ?? '';
  const last = days.at(-1)?.day ?? '';
  return (
    <Card>
      <CardHeader title="Runs by outcome, last 14 days" description="Each instance’s run on the UTC day it ended. A Period launch counts each instance once, on the day of its latest run, as Scheduled." />
      {outcomeTotal(totals) === 0 ? (
        <EmptyState icon={<BarChart3 />} title="No runs in the last 14 days">
          When commands run, each day’s runs show here split by outcome, so a bad day stands out.
        </EmptyState>
      ) : (
        <figure className="px-5 pt-4 pb-3">
          <ul aria-label="Totals" className="mb-4 flex flex-wrap gap-x-5 gap-y-1 text-xs text-muted">
            {OUTCOMES.map((outcome) => (
              <li key={outcome} className="inline-flex items-center gap-1.5">
                <span aria-hidden className={cn('size-2.5 rounded-sm', OUTCOME_STYLE[outcome].bar)} />
                {LABELS[outcome]} <span className="font-medium text-ink tabular">{formatNumber(totals[outcome])}</span>
              </li>
            ))}
          </ul>
          <div className="flex gap-2">
            <div aria-hidden className="relative h-40 w-9 shrink-0 text-right text-[11px] text-muted tabular">
              {gridValues(top).map((value) => (
                <span key={value} className="absolute right-0 -translate-y-1/2" style={{ top: `${(1 - value / top) * 100}%` }}>
                  {formatNumber(value)}
                </span>
              ))}
            </div>
            <div className="min-w-0 flex-1">
              <svg
                viewBox={`0 0 ${width} ${HEIGHT}`}
                preserveAspectRatio="none"
                className="block h-40 w-full"
                role="img"
                aria-label={`Runs from ${shortDay(first)} to ${shortDay(last)}: ${outcomeWords(totals)}. The table below gives each day.`}
              >
                {gridValues(top).map((value) => (
                  <line key={value} x1={0} x2={width} y1={HEIGHT - (value / top) * HEIGHT} y2={HEIGHT - (value / top) * HEIGHT} className={value === 0 ? 'stroke-line-strong' : 'stroke-line'} strokeWidth={1} vectorEffect="non-scaling-stroke" />
                ))}
                {days.map((day, index) => (
                  <g key={day.day}>
                    <title>{`${shortDay(day.day)}: ${outcomeWords(day)}`}</title>
                    <rect x={index * SLOT} y={0} width={SLOT} height={HEIGHT} className="fill-transparent hover:fill-surface-2" />
                    {stackDay(day, top, HEIGHT).map((segment) => (
                      <rect key={segment.outcome} x={index * SLOT + (SLOT - BAR) / 2} y={segment.y} width={BAR} height={segment.height} className={FILL[segment.outcome]} />
                    ))}
                  </g>
                ))}
              </svg>
              <div aria-hidden className="mt-1.5 grid text-center text-[11px] text-muted tabular" style={{ gridTemplateColumns: `repeat(${days.length}, minmax(0, 1fr))` }}>
                {days.map((day, index) => (
                  <span key={day.day} className={cn('truncate', index === days.length - 1 && 'font-medium text-ink')}>
                    {/* A phone has room for the day of the month only. */}
                    <span className="max-sm:hidden">{index === days.length - 1 ? 'Today' : shortDay(day.day)}</span>
                    <span className="sm:hidden">{Number(day.day.slice(8))}</span>
                  </span>
                ))}
              </div>
            </div>
          </div>
          <RunsTable days={days} />
        </figure>
      )}
    </Card>
  );
}
