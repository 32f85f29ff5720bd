'use client';

import { Layers, Search, X } from 'lucide-react';
import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react';

import { CardBody } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { cn } from '@/lib/cn';
import { matchesSearch, matchesStatus, statusesOf, statusFilterLabel } from '@/lib/launches/instance-filters';
import { isUnsuccessful } from '@/lib/launches/status';
import { type OutputScope, type ReadOutputsAction } from '@/lib/launches/output-groups';

import { GroupedOutputs } from './grouped-outputs';
import { type InstanceRow, InstancesTable, ROWS_PER_PAGE } from './instances-table';
import { StatusBar } from './status-bar';
import { useInstanceFilters } from './use-instance-filters';
import { useInstanceHosts } from './use-instance-names';
import { formatNumber } from '@/lib/format';

/** Chosen instances (for Stop), kept by the page so its header buttons can act on them. */
export function useInstanceSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const select = useCallback(
    (ids: string[], on: boolean) =>
      setSelected((current) => {
        const next = new Set(current);
        ids.forEach((id) => (on ? next.add(id) : next.delete(id)));
        return next;
      }),
    [],
  );
  const clear = useCallback(() => setSelected(new Set()), []);
  return { selected, select, clear };
}

/** Where the grouped outputs come from, when the page can read them. */
export interface OutputsSource {
  scope: OutputScope;
  fileStem: string;
  readOutputs: ReadOutputsAction;
}

export interface FilteredInstancesProps {
  invokeId?: string;
  region: string;
  instances: readonly InstanceRow[];
  withHistory: boolean;
  selectable: boolean;
  selected: ReadonlySet<string>;
  onSelect: (instanceIds: string[], on: boolean) => void;
  outputsAvailable: boolean;
  byBatch?: boolean;
  outputs?: OutputsSource | null;
}

/**
 * The status bar, a search and "Group identical outputs" over the instance table, all kept
 * in the URL. The grouped outputs sit above the table and follow the chosen status, so
 * "Not successful" shows first what the failures said.
 */
export function FilteredInstances({ instances, region, outputs = null, ...table }: FilteredInstancesProps) {
  const { filters, update, search, setSearch } = useInstanceFilters();
  const query = useDeferredValue(search);
  const [limit, setLimit] = useState(ROWS_PER_PAGE);
  const searchId = useId();
  const allIds = useMemo(() => instances.map((instance) => instance.instanceId), [instances]);
  // Failure first: what did not succeed leads the table, otherwise in the order the server gave.
  const ordered = useMemo(() => [...instances.filter((instance) => isUnsuccessful(instance.status)), ...instances.filter((instance) => !isUnsuccessful(instance.status))], [instances]);
  // Memoised: a launch page polls every second or two, and a launch may hold thousands of instances.
  const byStatus = useMemo(() => ordered.filter((instance) => matchesStatus(filters.status, instance.status)), [ordered, filters.status]);
  // Names and addresses of the rows on screen; a search needs every instance's.
  const onScreen = useMemo(() => byStatus.slice(0, limit).map((instance) => instance.instanceId), [byStatus, limit]);
  const hosts = useInstanceHosts(region, allIds, query.trim() ? 'all' : onScreen);
  const shown = useMemo(() => (query.trim() ? byStatus.filter((instance) => matchesSearch(instance, query, hosts.get(instance.instanceId))) : byStatus), [byStatus, query, hosts]);
  const shownIds = useMemo(() => shown.map((instance) => instance.instanceId), [shown]);
  const statuses = useMemo(() => instances.map((instance) => instance.status), [instances]);
  const rows = useMemo(() => shown.slice(0, limit), [shown, limit]);
  const label = statusFilterLabel(filters.status);
  const narrowed = shown.length !== instances.length;

  return (
    <>
      <CardBody className="space-y-3 border-b border-line">
        <StatusBar statuses={statuses} filter={filters.status} onFilter={(status) => update({ status })} />
        <div className="flex flex-wrap items-center gap-2">
          <div className="relative min-w-0 flex-1 basis-56 sm:max-w-sm">
            <label htmlFor={searchId} className="sr-only">
              Search instances
            </label>
            <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-faint" />
            <Input id={searchId} type="search" value={search} onChange={(event) => setSearch(event.target.value)} placeholder="ID, name, IP or error" autoComplete="off" spellCheck={false} className="h-8 pl-8 text-[13px]" />
          </div>
          {outputs ? (
            <button
              type="button"
              aria-pressed={filters.grouped}
              onClick={() => update({ grouped: !filters.grouped })}
              className={cn(
                'inline-flex h-8 items-center gap-1.5 rounded-md border px-2.5 text-xs font-medium transition-colors',
                filters.grouped ? 'border-accent-500 bg-accent-50 text-accent-800 dark:bg-accent-950 dark:text-accent-200' : 'border-line-strong text-ink hover:bg-surface-2',
              )}
            >
              <Layers aria-hidden className="size-3.5" />
              Group identical outputs
            </button>
          ) : null}
          <p role="status" className="ml-auto text-xs text-muted tabular">
            {narrowed ? `${formatNumber(shown.length)} of ${formatNumber(instances.length)} instances` : ''}
          </p>
        </div>
      </CardBody>
      {outputs && filters.grouped ? (
        <CardBody className="border-b border-line bg-surface-2/30">
          <h3 className="mb-3 text-[13px] font-semibold">{label ? `Outputs of the ${label} instances, grouped` : 'Outputs, identical ones grouped'}</h3>
          <GroupedOutputs scope={outputs.scope} fileStem={outputs.fileStem} readOutputs={outputs.readOutputs} statuses={statusesOf(filters.status)} statusLabel={label} />
        </CardBody>
      ) : null}
      {rows.length ? (
        <InstancesTable {...table} region={region} rows={rows} total={shown.length} hosts={hosts} allShown={shownIds} onShowMore={() => setLimit((current) => current + ROWS_PER_PAGE)} />
      ) : (
        <div className="flex flex-wrap items-center justify-center gap-3 px-5 py-8 text-sm text-muted">
          <span>{instances.length === 0 ? 'No instances yet.' : `No instance matches${query.trim() ? ` “${query.trim()}”` : ''}${label ? ` among the ${label} ones` : ''}.`}</span>
          {instances.length ? (
            <button type="button" onClick={() => { setSearch(''); update({ status: { kind: 'all' }, query: '' }); }} className="inline-flex items-center gap-1 text-accent-700 hover:underline dark:text-accent-400">
              <X aria-hidden className="size-3.5" />
              Clear the filters
            </button>
          ) : null}
        </div>
      )}
    </>
  );
}
