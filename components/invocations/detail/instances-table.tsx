'use client';

import { useState } from 'react';

import { cn } from '@/lib/cn';

import { type InstanceRow, InstanceTableRow } from './instance-table-row';
import { type InstanceHost } from './use-instance-names';

export type { InstanceRow } from './instance-table-row';

/** Rows rendered at first and per "Show more": a launch can hold thousands of instances. */
export const ROWS_PER_PAGE = 100;

export interface InstancesTableProps {
  /** The InvokeId of rows that do not name their own. */
  invokeId?: string;
  region: string;
  /** The rows to render (already filtered and cut to a page). */
  rows: readonly InstanceRow[];
  /** How many rows the filters let through, of which `rows` are the first. */
  total: number;
  hosts: ReadonlyMap<string, InstanceHost>;
  withHistory: boolean;
  selectable: boolean;
  selected: ReadonlySet<string>;
  onSelect: (instanceIds: string[], on: boolean) => void;
  /** Every row the filters let through, for "select every instance shown". */
  allShown: readonly string[];
  outputsAvailable: boolean;
  byBatch?: boolean;
  onShowMore: () => void;
}

/**
 * Every instance of the invocation (or of every batch of a launch, with `byBatch`): status,
 * exit code, error, start, duration, repeats; output on demand, read from the row's own InvokeId.
 */
export function InstancesTable({ invokeId, region, rows, total, hosts, withHistory, selectable, selected, onSelect, allShown, outputsAvailable, byBatch = false, onShowMore }: InstancesTableProps) {
  const [open, setOpen] = useState<string | null>(null);
  const allSelected = allShown.length > 0 && allShown.every((id) => selected.has(id));
  const columns = 8 + (selectable ? 1 : 0) + (byBatch ? 1 : 0);
  const th = 'px-3 py-2 font-medium max-sm:sr-only';
  return (
    <div className="overflow-x-auto">
      <table role="table" className="w-full text-left text-[13px] max-sm:block">
        <thead role="rowgroup" className={cn('border-b border-line text-xs text-muted max-sm:block', !selectable && 'max-sm:sr-only')}>
          <tr role="row" className="max-sm:flex max-sm:items-center max-sm:px-4 max-sm:py-2">
            {selectable ? (
              <th role="columnheader" className="w-10 py-2 pl-5 max-sm:w-auto max-sm:p-0">
                <label className="inline-flex items-center gap-2">
                  <input type="checkbox" aria-label="Select every instance shown" checked={allSelected} onChange={() => onSelect([...allShown], !allSelected)} className="size-3.5 accent-accent-600" />
                  <span aria-hidden className="font-medium sm:hidden">
                    Select all shown
                  </span>
                </label>
              </th>
            ) : null}
            <th role="columnheader" className={th}>Instance</th>
            {byBatch ? <th role="columnheader" className={th}>Batch</th> : null}
            <th role="columnheader" className={th}>Status</th>
            <th role="columnheader" className={th}>Exit code</th>
            <th role="columnheader" className={th}>Error</th>
            <th role="columnheader" className={th}>Started</th>
            <th role="columnheader" className={th}>Duration</th>
            <th role="columnheader" className={cn(th, 'text-right')}>Runs</th>
            <th role="columnheader" className="px-5 py-2 text-right font-medium max-sm:sr-only">
              <span className="sr-only">Output</span>
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup" className="divide-y divide-line max-sm:block">
          {rows.map((instance) => {
            const expanded = open === instance.instanceId;
            return (
              <InstanceTableRow
                key={instance.instanceId}
                instance={instance}
                invokeId={instance.invokeId === undefined ? invokeId : (instance.invokeId ?? undefined)}
                region={region}
                hostName={hosts.get(instance.instanceId)?.name}
                expanded={expanded}
                onOpen={setOpen}
                withHistory={withHistory}
                selectable={selectable}
                selected={selected.has(instance.instanceId)}
                onSelect={onSelect}
                outputsAvailable={outputsAvailable}
                byBatch={byBatch}
                columns={columns}
              />
            );
          })}
        </tbody>
      </table>
      {total > rows.length ? (
        <div className="flex flex-wrap items-center justify-between gap-2 border-t border-line px-5 py-2.5 text-xs text-muted max-sm:px-4">
          <span>
            Showing {rows.length} of {total} instances.
          </span>
          <button type="button" onClick={onShowMore} className="font-medium text-accent-700 hover:underline dark:text-accent-400">
            Show {Math.min(ROWS_PER_PAGE, total - rows.length)} more
          </button>
        </div>
      ) : null}
    </div>
  );
}
