'use client';

import { Loader2, Search, X } from 'lucide-react';
import { Link } from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { type FormEvent, type ReactNode, useId, useTransition } from 'react';

import { COMMAND_TYPE_LABELS } from '@/components/invoke/command-types';
import { Input, controlClasses } from '@/components/ui/input';
import { cn } from '@/lib/cn';
import { type CommandFilters as Filters, typeParam } from '@/lib/commands/filter';
import { COMMAND_TYPES } from '@/lib/invoke/types';

const SOURCES = [
  { value: 'all', label: 'All commands' },
  { value: 'own', label: 'This account’s' },
  { value: 'public', label: 'Alibaba Cloud’s' },
] as const;

/**
 * Region, search, type and source of the Commands page. Each change is a navigation to the
 * matching URL, so a filtered list can be bookmarked; the list stays until the new one is in.
 */
export function CommandFilters({ regions, regionId, filters }: { regions: { regionId: string; localName: string }[]; regionId: string; filters: Filters }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const apply = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const query = new URLSearchParams();
    for (const key of ['region', 'q', 'type', 'source'] as const) {
      const value = String(data.get(key) ?? '').trim();
      if (value && !(key === 'source' && value === 'all')) query.set(key, value);
    }
    startTransition(() => router.push(`/commands?${query.toString()}`));
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(event.currentTarget);
  };
  const onChange = (event: { currentTarget: HTMLSelectElement }) => {
    if (event.currentTarget.form) apply(event.currentTarget.form);
  };
  const filtered = filters.q !== '' || filters.type !== '' || filters.source !== 'all';

  return (
    <form role="search" aria-label="Filter commands" action="/commands" method="get" onSubmit={onSubmit} className="flex flex-wrap items-end gap-x-3 gap-y-2.5 border-b border-line px-4 py-3.5 sm:px-5">
      <Filter label="Region" className="w-full sm:w-64">
        {(id) => (
          <select id={id} name="region" key={regionId} defaultValue={regionId} onChange={onChange} className={cn(controlClasses, 'h-8 pr-7 text-[13px]')}>
            {regions.map((region) => (
              <option key={region.regionId} value={region.regionId}>
                {region.localName ? `${region.regionId} · ${region.localName}` : region.regionId}
              </option>
            ))}
          </select>
        )}
      </Filter>
      <Filter label="Search" className="w-full sm:w-60">
        {(id) => (
          <div className="relative">
            <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-faint" />
            <Input id={id} name="q" type="search" key={filters.q} defaultValue={filters.q} placeholder="Name, description or ID" className="h-8 pl-8 text-[13px]" />
          </div>
        )}
      </Filter>
      <Filter label="Type" className="w-[calc(50%-0.375rem)] sm:w-40">
        {(id) => (
          <select id={id} name="type" key={filters.type} defaultValue={typeParam(filters.type)} onChange={onChange} className={cn(controlClasses, 'h-8 pr-7 text-[13px]', filters.type && 'border-accent-400 dark:border-accent-700')}>
            <option value="">Any type</option>
            {COMMAND_TYPES.map((type) => (
              <option key={type} value={typeParam(type)}>
                {COMMAND_TYPE_LABELS[type].long}
              </option>
            ))}
          </select>
        )}
      </Filter>
      <Filter label="Source" className="w-[calc(50%-0.375rem)] sm:w-44">
        {(id) => (
          <select id={id} name="source" key={filters.source} defaultValue={filters.source} onChange={onChange} className={cn(controlClasses, 'h-8 pr-7 text-[13px]', filters.source !== 'all' && 'border-accent-400 dark:border-accent-700')}>
            {SOURCES.map((source) => (
              <option key={source.value} value={source.value}>
                {source.label}
              </option>
            ))}
          </select>
        )}
      </Filter>
      <button type="submit" className="sr-only">
        Search
      </button>
      <div className="flex items-center gap-3 sm:h-8">
        {filtered ? (
          <Link href={`/commands?region=${encodeURIComponent(regionId)}`} className="inline-flex items-center gap-1 rounded text-[13px] font-medium text-muted hover:text-ink">
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

function Filter({ label, className, children }: { label: string; className?: string; children: (id: string) => ReactNode }) {
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
