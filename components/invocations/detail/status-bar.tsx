'use client';

import { CircleAlert } from 'lucide-react';

import { cn } from '@/lib/cn';
import { NOT_SUCCESSFUL_LABEL, type StatusFilter } from '@/lib/launches/instance-filters';
import { isUnsuccessful, type StatusTone, statusTone } from '@/lib/launches/status';

import { TONE_CLASSES } from '../status-badge';

const ORDER: StatusTone[] = ['running', 'pending', 'scheduled', 'success', 'partial', 'failed', 'stopped'];
const ALL: StatusFilter = { kind: 'all' };

const chipClasses = (pressed: boolean) =>
  cn(
    'inline-flex items-center gap-1.5 rounded-md border px-2 py-1 text-xs font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent-500',
    pressed ? 'border-accent-500 bg-accent-50 text-accent-800 dark:bg-accent-950 dark:text-accent-200' : 'border-line text-muted hover:bg-surface-2 hover:text-ink',
  );

/**
 * Per-status counts as one stacked bar with a legend; each legend entry filters the instance
 * table (pressed again, it clears the filter). "Not successful" comes first and gathers every
 * status that is not a success (Failed, Timeout, Error, Cancelled, Aborted…) into one chip.
 */
export function StatusBar({ statuses, filter, onFilter }: { statuses: readonly string[]; filter: StatusFilter; onFilter: (filter: StatusFilter) => void }) {
  const counts = new Map<string, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  // A status chosen by a link but not (yet) seen stays on show, so it can be cleared.
  if (filter.kind === 'status' && !counts.has(filter.status)) counts.set(filter.status, 0);
  const entries = [...counts.entries()].sort((a, b) => ORDER.indexOf(statusTone(a[0])) - ORDER.indexOf(statusTone(b[0])) || b[1] - a[1]);
  const unsuccessful = statuses.filter(isUnsuccessful).length;
  const total = statuses.length || 1;
  const toggle = (next: StatusFilter, pressed: boolean) => onFilter(pressed ? ALL : next);
  return (
    <div className="space-y-2.5">
      <div className="flex h-2.5 overflow-hidden rounded-full bg-surface-2" role="img" aria-label={entries.filter(([, count]) => count > 0).map(([status, count]) => `${count} ${status}`).join(', ')}>
        {entries.map(([status, count]) => (
          <div key={status} className={cn('h-full transition-[width] duration-500', TONE_CLASSES[statusTone(status)].bar)} style={{ width: `${(count / total) * 100}%` }} />
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-1.5" role="group" aria-label="Filter instances by status">
        {unsuccessful > 0 || filter.kind === 'unsuccessful' ? (
          <>
            <button type="button" aria-pressed={filter.kind === 'unsuccessful'} onClick={() => toggle({ kind: 'unsuccessful' }, filter.kind === 'unsuccessful')} className={chipClasses(filter.kind === 'unsuccessful')}>
              <CircleAlert aria-hidden className="size-3 text-rose-600 dark:text-rose-400" />
              {NOT_SUCCESSFUL_LABEL} <span className="tabular text-ink">{unsuccessful}</span>
            </button>
            <span aria-hidden className="mx-0.5 h-4 w-px bg-line" />
          </>
        ) : null}
        {entries.map(([status, count]) => {
          const Icon = TONE_CLASSES[statusTone(status)].icon;
          const pressed = filter.kind === 'status' && filter.status === status;
          return (
            <button key={status} type="button" aria-pressed={pressed} onClick={() => toggle({ kind: 'status', status }, pressed)} className={chipClasses(pressed)}>
              <span aria-hidden className={cn('size-2 rounded-full', TONE_CLASSES[statusTone(status)].bar)} />
              <Icon aria-hidden className="size-3" />
              {status} <span className="tabular text-ink">{count}</span>
            </button>
          );
        })}
        {filter.kind !== 'all' ? (
          <button type="button" onClick={() => onFilter(ALL)} className="rounded px-2 py-1 text-xs text-accent-700 hover:underline dark:text-accent-400">
            Show all
          </button>
        ) : null}
      </div>
    </div>
  );
}
