import { ChevronRight } from 'lucide-react';

import { type DayOutcomes } from '@/lib/db/overview';
import { outcomeTotal } from '@/lib/launches/outcomes';

import { shortDay } from './chart-scale';
import { formatNumber } from '@/lib/format';

const cell = 'px-3 py-1.5 text-right tabular';

/** The chart's numbers as a table: the text alternative anyone can open. */
export function RunsTable({ days }: { days: DayOutcomes[] }) {
  return (
    <details className="group mt-3 border-t border-line pt-2.5">
      <summary className="inline-flex cursor-pointer list-none items-center gap-1 rounded text-xs font-medium text-muted hover:text-ink [&::-webkit-details-marker]:hidden">
        <ChevronRight aria-hidden className="size-3.5 transition-transform group-open:rotate-90" />
        Show the numbers
      </summary>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-xs">
          <caption className="sr-only">Runs by outcome, day by day</caption>
          <thead className="text-muted">
            <tr className="border-b border-line">
              <th scope="col" className="px-3 py-1.5 text-left font-medium">Day (UTC)</th>
              <th scope="col" className={`${cell} font-medium`}>Succeeded</th>
              <th scope="col" className={`${cell} font-medium`}>Failed</th>
              <th scope="col" className={`${cell} font-medium`}>Running</th>
              <th scope="col" className={`${cell} font-medium`}>Scheduled</th>
              <th scope="col" className={`${cell} font-medium`}>Stopped</th>
              <th scope="col" className={`${cell} font-medium`}>All</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {[...days].reverse().map((day) => (
              <tr key={day.day}>
                <th scope="row" className="px-3 py-1.5 text-left font-normal whitespace-nowrap">
                  <time dateTime={day.day}>{shortDay(day.day)}</time>
                </th>
                <td className={cell}>{formatNumber(day.succeeded)}</td>
                <td className={`${cell} ${day.failed > 0 ? 'font-medium text-rose-700 dark:text-rose-400' : ''}`}>{formatNumber(day.failed)}</td>
                <td className={cell}>{formatNumber(day.running)}</td>
                <td className={cell}>{formatNumber(day.scheduled)}</td>
                <td className={cell}>{formatNumber(day.stopped)}</td>
                <td className={`${cell} text-ink`}>{formatNumber(outcomeTotal(day))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
