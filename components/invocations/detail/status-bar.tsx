'use client';

import { cn } from '@/lib/cn';
import { type StatusTone, statusTone } from '@/lib/launches/status';

import { TONE_CLASSES } from '../status-badge';

const ORDER: StatusTone[] = ['running', 'pending', 'scheduled', 'success', 'partial', 'failed', 'stopped'];

/**
 * Per-status counts as one stacked bar with a legend; each legend entry filters the
 * instance table (pressed again, it clears the filter).
 */
export function StatusBar({ statuses, filter, onFilter }: { statuses: readonly string[]; filter: string | null; onFilter: (status: string | null) => void }) {
  const counts = new Map<string, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  const entries = [...counts.entries()].sort((a, b) => ORDER.indexOf(statusTone(a[0])) - ORDER.indexOf(statusTone(b[0])) || b[1] - a[1]);
  const total = statuses.length || 1;
  return (
    <div className="space-y-2.5">
      <div className="flex h-2.5 overflow-hidden rounded-full bg-surface-2" role="img" aria-label={entries.map(([status, count]) => `${count} ${status}`).join(', ')}>
        {entries.map(([status, count]) => (
          <div key={status} className={cn('h-full transition-[width] duration-500', TONE_CLASSES[statusTone(status)].bar)} style={{ width: `${(count / total) * 100}%` }} />
        ))}
      </div>
      <div className="flex flex-wrap gap-1.5" role="group" aria-label="Filter instances by status">
        {entries.map(([status, count]) => {
          const Icon = TONE_CLASSES[statusTone(status)].icon;
          const pressed = filter === status;
          return (
            <button
              key={status}
              type="button"
              aria-pressed={pressed}
              onClick={() => onFilter(pressed ? null : status)}
              className={cn(
                'inline-flex items-center gap-1.5 rounded-md border px-2 py-1 text-xs font-medium transition-colors',
                pressed ? 'border-accent-500 bg-accent-50 text-accent-800 dark:bg-accent-950 dark:text-accent-200' : 'border-line text-muted hover:bg-surface-2 hover:text-ink',
              )}
            >
              <span aria-hidden className={cn('size-2 rounded-full', TONE_CLASSES[statusTone(status)].bar)} />
              <Icon aria-hidden className="size-3" />
              {status} <span className="tabular text-ink">{count}</span>
            </button>
          );
        })}
        {filter ? (
          <button type="button" onClick={() => onFilter(null)} className="px-2 py-1 text-xs text-accent-700 hover:underline dark:text-accent-400">
            Show all
          </button>
        ) : null}
      </div>
    </div>
  );
}
