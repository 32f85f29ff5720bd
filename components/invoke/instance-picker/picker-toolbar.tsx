import { ListChecks, ListFilter, LoaderCircle, Search, X } from 'lucide-react';
import { type KeyboardEvent, type ReactNode, type Ref, useId } from 'react';

import { FleetFreshness, type PickerFleet } from '@/components/invoke/instance-picker/fleet-freshness';
import { type EligibilityFilter, type KindFilter, type OsFilter, type PickerFilters } from '@/components/invoke/instance-picker/filter';
import { Input, Select } from '@/components/ui/input';
import { cn } from '@/lib/cn';
import { formatNumber } from '@/lib/format';

export interface PickerToolbarProps {
  searchRef: Ref<HTMLInputElement>;
  query: string;
  onQuery: (query: string) => void;
  /** The list is still catching up with the typed query. */
  searching: boolean;
  filters: PickerFilters;
  onFilters: (filters: PickerFilters) => void;
  statuses: readonly { status: string; count: number }[];
  /** ECS and managed instances listed; the Kind filter shows once the region has a managed one. */
  kinds: { ecs: number; managed: number };
  disabled: boolean;
  /** ArrowDown or Enter in the search box: go to the list. */
  onEnterList: () => void;
  hintId: string;
  /** "Selected only" narrows the list to the selection. */
  selectedOnly: boolean;
  onSelectedOnly: (on: boolean) => void;
  selectedCount: number;
  /** How fresh the fleet snapshot is, with its Refresh; absent where the list is not a snapshot. */
  fleet?: PickerFleet | undefined;
}

export function PickerToolbar(props: PickerToolbarProps) {
  const { searchRef, query, onQuery, searching, filters, onFilters, statuses, kinds, disabled, onEnterList, hintId } = props;
  const kind = filters.kind ?? 'all';
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
            {status} ({formatNumber(count)})
          </option>
        ))}
      </FilterSelect>
      <FilterSelect label="OS" value={filters.os} disabled={disabled} onChange={(os) => onFilters({ ...filters, os: os as OsFilter })}>
        <option value="all">Any OS</option>
        <option value="linux">Linux</option>
        <option value="windows">Windows</option>
      </FilterSelect>
      {kinds.managed > 0 || kind !== 'all' ? (
        <FilterSelect label="Kind" value={kind} disabled={disabled} onChange={(next) => onFilters({ ...filters, kind: next as KindFilter })}>
          <option value="all">ECS and managed</option>
          <option value="ecs">ECS ({formatNumber(kinds.ecs)})</option>
          <option value="managed">Managed ({formatNumber(kinds.managed)})</option>
        </FilterSelect>
      ) : null}
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
      <SelectedOnly on={props.selectedOnly} onChange={props.onSelectedOnly} count={props.selectedCount} disabled={disabled} />
      {props.fleet ? <FleetFreshness {...props.fleet} /> : null}
    </div>
  );
}

/** A toggle button (aria-pressed) that narrows the list to the selection; its count is the selection's size. */
function SelectedOnly({ on, onChange, count, disabled }: { on: boolean; onChange: (on: boolean) => void; count: number; disabled: boolean }) {
  return (
    <button
      type="button"
      aria-pressed={on}
      disabled={disabled}
      onClick={() => onChange(!on)}
      className={cn(
        'inline-flex h-8 items-center gap-1.5 rounded-md border px-2.5 text-[13px] font-medium whitespace-nowrap transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-500 disabled:cursor-not-allowed disabled:opacity-60',
        on ? 'border-accent-600 bg-accent-50 text-accent-700 dark:bg-accent-950/60 dark:text-accent-300' : 'border-line-strong bg-surface text-ink hover:bg-surface-2',
      )}
    >
      {on ? <ListChecks aria-hidden className="size-3.5" /> : <ListFilter aria-hidden className="size-3.5 text-faint" />}
      Selected only
      <span className={cn('rounded-full px-1.5 text-[11px] tabular', on ? 'bg-accent-600 text-white' : 'bg-surface-2 text-muted')}>{formatNumber(count)}</span>
    </button>
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
