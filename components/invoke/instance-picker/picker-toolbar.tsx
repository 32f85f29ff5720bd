import { LoaderCircle, Search, X } from 'lucide-react';
import { type KeyboardEvent, type ReactNode, type Ref, useId } from 'react';

import { type EligibilityFilter, type OsFilter, type PickerFilters } from '@/components/invoke/instance-picker/filter';
import { Input, Select } from '@/components/ui/input';

export interface PickerToolbarProps {
  searchRef: Ref<HTMLInputElement>;
  query: string;
  onQuery: (query: string) => void;
  /** The list is still catching up with the typed query. */
  searching: boolean;
  filters: PickerFilters;
  onFilters: (filters: PickerFilters) => void;
  statuses: readonly { status: string; count: number }[];
  disabled: boolean;
  /** ArrowDown or Enter in the search box: go to the list. */
  onEnterList: () => void;
  hintId: string;
}

export function PickerToolbar({ searchRef, query, onQuery, searching, filters, onFilters, statuses, disabled, onEnterList, hintId }: PickerToolbarProps) {
  const searchId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter') {
      // Enter would otherwise submit the launch form from inside the search box.
      event.preventDefault();
      onEnterList();
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      onQuery('');
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <div className="relative min-w-56 flex-1">
        <label htmlFor={searchId} className="sr-only">
          Search instances
        </label>
        {searching ? (
          <LoaderCircle aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 animate-spin text-faint" />
        ) : (
          <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-faint" />
        )}
        <Input
          ref={searchRef}
          id={searchId}
          type="search"
          value={query}
          onChange={(event) => onQuery(event.target.value)}
          onKeyDown={onKeyDown}
          placeholder="ID, name, IP or tag (env=prod role=web)"
          autoComplete="off"
          spellCheck={false}
          disabled={disabled}
          aria-describedby={hintId}
          className="h-8 pr-8 pl-8 text-[13px] [&::-webkit-search-cancel-button]:hidden"
        />
        {query ? (
          <button
            type="button"
            onClick={() => onQuery('')}
            disabled={disabled}
            className="absolute top-1/2 right-1.5 flex size-5 -translate-y-1/2 items-center justify-center rounded text-faint hover:bg-surface-2 hover:text-ink"
            aria-label="Clear search"
          >
            <X aria-hidden className="size-3.5" />
          </button>
        ) : null}
      </div>
      <FilterSelect label="Status" value={filters.status} disabled={disabled} onChange={(status) => onFilters({ ...filters, status })}>
        <option value="all">All statuses</option>
        {statuses.map(({ status, count }) => (
          <option key={status} value={status}>
            {status} ({count.toLocaleString('en-US')})
          </option>
        ))}
      </FilterSelect>
      <FilterSelect label="OS" value={filters.os} disabled={disabled} onChange={(os) => onFilters({ ...filters, os: os as OsFilter })}>
        <option value="all">Any OS</option>
        <option value="linux">Linux</option>
        <option value="windows">Windows</option>
      </FilterSelect>
      <FilterSelect
        label="Eligibility"
        value={filters.eligibility}
        disabled={disabled}
        onChange={(eligibility) => onFilters({ ...filters, eligibility: eligibility as EligibilityFilter })}
      >
        <option value="all">Eligible or not</option>
        <option value="eligible">Eligible only</option>
        <option value="ineligible">Not eligible only</option>
      </FilterSelect>
    </div>
  );
}

function FilterSelect({
  label,
  value,
  onChange,
  disabled,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  disabled: boolean;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <Select id={id} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)} className="h-8 w-auto text-[13px]">
        {children}
      </Select>
    </div>
  );
}
