import { type PayloadRow } from '@/lib/presets/describe';
import { cn } from '@/lib/cn';

/** What a version held, as label/value pairs. */
export function PayloadSummary({ rows }: { rows: readonly PayloadRow[] }) {
  return (
    <dl className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-3 gap-y-1.5 text-xs sm:grid-cols-[minmax(8rem,12rem)_minmax(0,1fr)] sm:gap-x-4">
      {rows.map((row) => (
        <div key={row.label} className="contents">
          <dt className="text-muted">{row.label}</dt>
          <dd className={cn('break-words text-ink', row.mono && 'font-mono')}>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
