'use client';

import { Loader2, Search, X } from 'lucide-react';
import { Link } from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';

import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/field';
import { controlClasses } from '@/components/ui/input';
import { cn } from '@/lib/cn';
import {
  HISTORY_KINDS,
  HISTORY_REPEAT_MODES,
  HISTORY_STATUSES,
  HISTORY_TEXT_HINTS,
  type HistoryFilterKey,
  type HistoryFilters as Filters,
  historyHref,
  isHistoryFilterValue,
  narrowingCount,
} from '@/lib/launches/account-history-query';

import { Filter } from './launch-filters';
import { repeatModeWords } from './repeat-mode-words';

type TextKey = keyof typeof HISTORY_TEXT_HINTS;
const TEXT_FIELDS: { key: TextKey; label: string; placeholder: string; width: string }[] = [
  { key: 'command', label: 'Command', placeholder: 'c-… or name', width: 'col-span-2 sm:w-44' },
  { key: 'instance', label: 'Instance', placeholder: 'i-… or mi-…', width: 'sm:w-40' },
  { key: 'tag', label: 'Tag', placeholder: 'key=value', width: 'sm:w-32' },
];

/**
 * The whole-account view's filters, each one DescribeInvocations applies. A menu applies when
 * changed; typed filters apply together with Enter or Apply. Every change is a navigation to
 * the matching URL, back to the newest page (a NextToken belongs to the filters it came with).
 */
export function HistoryFilters({ filters, regions }: { filters: Filters; regions: string[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<{ key: TextKey; message: string } | null>(null);
  const go = (next: Filters) => startTransition(() => router.push(historyHref(next)));

  const select = (key: HistoryFilterKey, label: string, all: string | null, choices: { value: string; label: string }[], width: string) => (
    <Filter label={label} className={width}>
      {(id) => (
        <select
          id={id}
          key={filters[key] ?? ''}
          defaultValue={filters[key] ?? ''}
          onChange={(event) => go({ ...filters, [key]: event.target.value || undefined })}
          className={cn(controlClasses, 'h-8 pr-7 text-[13px]', all !== null && filters[key] && 'border-accent-400 dark:border-accent-700')}
        >
          {all !== null ? <option value="">{all}</option> : null}
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Filter>
  );

  return (
    <form
      aria-label="Filter the account's invocations"
      noValidate
      className="border-b border-line px-5 py-3.5"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const next: Filters = { ...filters };
        for (const { key } of TEXT_FIELDS) {
          const value = String(data.get(key) ?? '').trim();
          if (value && !isHistoryFilterValue(key, value)) return setError({ key, message: HISTORY_TEXT_HINTS[key] });
          next[key] = value || undefined;
        }
        setError(null);
        go(next);
      }}
    >
      {/* Two columns on a phone; one row on a wide screen. */}
      <div className="grid grid-cols-2 items-start gap-x-3 gap-y-2.5 sm:flex sm:flex-wrap">
        {select('region', 'Region', null, regions.map((region) => ({ value: region, label: region })), 'sm:w-36')}
        {select('status', 'Status', 'Any status', HISTORY_STATUSES.map((status) => ({ value: status, label: status })), 'sm:w-36')}
        {select('repeat', 'Repeat mode', 'Any mode', HISTORY_REPEAT_MODES.map((mode) => ({ value: mode, label: repeatModeWords(mode) })), 'sm:w-32')}
        {select('kind', 'Runs', 'Any', Object.entries(HISTORY_KINDS).map(([value, label]) => ({ value, label })), 'sm:w-36')}
        {TEXT_FIELDS.map((field) => (
          <Filter key={field.key} label={field.label} className={field.width}>
            {(id) => (
              <>
                <input
                  id={id}
                  name={field.key}
                  key={filters[field.key] ?? ''}
                  defaultValue={filters[field.key] ?? ''}
                  placeholder={field.placeholder}
                  autoComplete="off"
                  spellCheck={false}
                  aria-invalid={error?.key === field.key ? true : undefined}
                  aria-describedby={error?.key === field.key ? `${id}-error` : undefined}
                  onChange={() => setError(null)}
                  className={cn(controlClasses, 'h-8 px-2 font-mono text-[13px]', filters[field.key] && 'border-accent-400 dark:border-accent-700')}
                />
                {error?.key === field.key ? <FieldError id={`${id}-error`} message={error.message} /> : null}
              </>
            )}
          </Filter>
        ))}
        <div className="relative col-span-2 flex items-center gap-3 sm:pt-[18px]">
          <Button type="submit" size="sm" className="h-8">
            <Search aria-hidden className="size-3.5" />
            Apply
          </Button>
          {narrowingCount(filters) > 0 ? (
            <Link href={historyHref({ region: filters.region })} className="inline-flex items-center gap-1 text-[13px] font-medium text-muted hover:text-ink">
              <X aria-hidden className="size-3.5" />
              Clear filters
            </Link>
          ) : null}
          {/* Out of the flow, so the row does not reflow while a page loads. */}
          <span role="status" className="absolute top-full left-0 mt-1 inline-flex items-center gap-1.5 text-xs whitespace-nowrap text-muted">
            {pending ? (
              <>
                <Loader2 aria-hidden className="size-3.5 animate-spin" />
                Updating…
              </>
            ) : null}
          </span>
        </div>
      </div>
      {filters.instance && (filters.repeat || (filters.command && !filters.command.startsWith('c-'))) ? (
        <p className="mt-2 text-xs text-muted">Beside an instance, Alibaba ignores the command name and repeat mode; InvokeDeck applies them to each page it returns.</p>
      ) : null}
    </form>
  );
}
