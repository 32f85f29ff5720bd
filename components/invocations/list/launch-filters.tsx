'use client';

import { Loader2, X } from 'lucide-react';
import { Link } from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { type ReactNode, useId, useTransition } from 'react';

import { controlClasses } from '@/components/ui/input';
import { cn } from '@/lib/cn';

import { activeFilterCount, type FilterKey, LAUNCH_STATUSES, LIST_REPEAT_MODES, type ListFilters, listHref } from './list-query';
import { repeatModeWords } from './repeat-mode-words';

export interface FilterOptions {
  regions: string[];
  commands: { id: string; name: string; regionId: string }[];
  operators: string[];
}

/**
 * The list's filters. Each change is a navigation to the matching URL (back and bookmarks
 * work, and the page starts again from the newest); the table stays until the new one is in.
 */
export function LaunchFilters({ filters, options }: { filters: ListFilters; options: FilterOptions }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const apply = (key: FilterKey, value: string) => startTransition(() => router.push(listHref({ ...filters, [key]: value || undefined })));
  const select = (key: FilterKey, label: string, all: string, choices: { value: string; label: string }[], width: string) => (
    <Filter label={label} className={width}>
      {(id) => (
        <select
          id={id}
          key={filters[key] ?? ''}
          defaultValue={filters[key] ?? ''}
          onChange={(event) => apply(key, event.target.value)}
          className={cn(controlClasses, 'h-8 pr-7 text-[13px]', filters[key] && 'border-accent-400 dark:border-accent-700')}
        >
          <option value="">{all}</option>
          {withCurrent(choices, filters[key]).map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Filter>
  );

  return (
    <form aria-label="Filter launches" className="flex flex-wrap items-end gap-x-3 gap-y-2.5 border-b border-line px-5 py-3.5" onSubmit={(event) => event.preventDefault()}>
      {select('status', 'Status', 'Any status', LAUNCH_STATUSES.map((status) => ({ value: status, label: status })), 'w-36')}
      {select('repeat', 'Repeat mode', 'Any mode', LIST_REPEAT_MODES.map((mode) => ({ value: mode, label: repeatModeWords(mode) })), 'w-36')}
      {select('command', 'Command', 'Any command', options.commands.map((command) => ({ value: command.id, label: `${command.name} · ${command.regionId}` })), 'w-56')}
      {select('region', 'Region', 'Any region', options.regions.map((region) => ({ value: region, label: region })), 'w-36')}
      {select('operator', 'Operator', 'Anyone', options.operators.map((operator) => ({ value: operator, label: operator })), 'w-32')}
      <DateFilter label="From (UTC)" value={filters.from} onCommit={(value) => apply('from', value)} />
      <DateFilter label="To (UTC)" value={filters.to} onCommit={(value) => apply('to', value)} />
      <div className="flex h-8 items-center gap-3">
        {activeFilterCount(filters) > 0 ? (
          <Link href="/invocations" className="inline-flex items-center gap-1 text-[13px] font-medium text-muted hover:text-ink">
            <X aria-hidden className="size-3.5" />
            Clear filters
          </Link>
        ) : null}
        <span role="status" className="inline-flex items-center gap-1.5 text-xs text-muted">
          {pending ? (
            <>
              <Loader2 aria-hidden className="size-3.5 animate-spin" />
              Updating…
            </>
          ) : null}
        </span>
      </div>
    </form>
  );
}

/** A labelled filter control; the history view's filter bar uses it too. */
export function Filter({ label, className, children }: { label: string; className?: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className={cn('space-y-1', className)}>
      <label htmlFor={id} className="block text-xs font-medium text-muted">
        {label}
      </label>
      {children(id)}
    </div>
  );
}

/**
 * A UTC day. Committed when it is a whole plausible date (typing a year passes through 0002,
 * 0020, 0202 first) or emptied.
 */
function DateFilter({ label, value, onCommit }: { label: string; value: string | undefined; onCommit: (value: string) => void }) {
  return (
    <Filter label={label} className="w-36">
      {(id) => (
        <input
          id={id}
          key={value ?? ''}
          type="date"
          defaultValue={value ?? ''}
          min="2000-01-01"
          max="2099-12-31"
          onChange={(event) => {
            const next = event.target.value;
            if (next === '' || /^(20\d\d)-\d\d-\d\d$/.test(next)) onCommit(next);
          }}
          className={cn(controlClasses, 'h-8 px-2 text-[13px] tabular', value && 'border-accent-400 dark:border-accent-700')}
        />
      )}
    </Filter>
  );
}

/** A value from the URL stays selectable even when the menu no longer lists it. */
function withCurrent(choices: { value: string; label: string }[], current: string | undefined) {
  return current && !choices.some((choice) => choice.value === current) ? [...choices, { value: current, label: current }] : choices;
}
