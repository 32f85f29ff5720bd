'use client';

import { ChevronDown, ChevronRight } from 'lucide-react';
import { Fragment, useState } from 'react';

import { TimeAgo } from '@/components/ui/time-ago';
import { cn } from '@/lib/cn';
import { type InstanceSnapshot } from '@/lib/launches/snapshot';

import { StatusBadge } from '../status-badge';
import { Duration, ExitCode, PhoneLabel } from './instance-cells';
import { InstanceOutput } from './instance-output';
import { type InstanceHost } from './use-instance-names';

/** A row: an instance of one InvokeId, or of a launch, where each row names its own batch. */
export type InstanceRow = InstanceSnapshot & { invokeId?: string | null; batchIndex?: number };

/** Rows rendered at first and per "Show more": a launch can hold thousands of instances. */
export const ROWS_PER_PAGE = 100;

// Below `sm` each row is a small card: name and status, then exit code, duration and output,
// then the error. Explicit roles keep the table's meaning when its parts are laid out as blocks.
const PHONE_ROW = 'max-sm:grid max-sm:items-center max-sm:gap-x-3 max-sm:gap-y-1 max-sm:px-4 max-sm:py-3';
const PHONE_AREAS = {
  plain: "max-sm:grid-cols-[auto_minmax(0,1fr)_auto] max-sm:[grid-template-areas:'name_name_status'_'exit_took_output'_'error_error_error']",
  selectable: "max-sm:grid-cols-[auto_auto_minmax(0,1fr)_auto] max-sm:[grid-template-areas:'pick_name_name_status'_'pick_exit_took_output'_'pick_error_error_error']",
};
const CELL = 'px-3 py-2 max-sm:p-0';

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
            const rowInvokeId = instance.invokeId === undefined ? invokeId : instance.invokeId;
            const host = hosts.get(instance.instanceId);
            return (
              <Fragment key={instance.instanceId}>
                <tr role="row" className={cn('align-middle', PHONE_ROW, selectable ? PHONE_AREAS.selectable : PHONE_AREAS.plain, expanded && 'bg-surface-2/50')} data-instance={instance.instanceId}>
                  {selectable ? (
                    <td role="cell" className="py-2 pl-5 max-sm:self-start max-sm:p-0 max-sm:pt-0.5 max-sm:[grid-area:pick]">
                      <input type="checkbox" aria-label={`Select ${instance.instanceId}`} checked={selected.has(instance.instanceId)} onChange={(event) => onSelect([instance.instanceId], event.target.checked)} className="size-3.5 accent-accent-600" />
                    </td>
                  ) : null}
                  <td role="cell" className={cn(CELL, 'whitespace-nowrap max-sm:min-w-0 max-sm:[grid-area:name]')}>
                    {host?.name ? <span className="block truncate text-[13px] font-medium">{host.name}</span> : null}
                    <span className="block truncate font-mono text-xs text-muted">{instance.instanceId}</span>
                  </td>
                  {byBatch ? (
                    <td role="cell" className={cn(CELL, 'text-xs whitespace-nowrap text-muted max-sm:hidden')} data-col="batch">
                      {instance.batchIndex === undefined ? '—' : `Batch ${instance.batchIndex + 1}`}
                      {rowInvokeId ? <span className="ml-1.5 font-mono text-faint">{rowInvokeId}</span> : null}
                    </td>
                  ) : null}
                  <td role="cell" className={cn(CELL, 'max-sm:justify-self-end max-sm:[grid-area:status]')}>
                    <StatusBadge status={instance.status} />
                  </td>
                  <td role="cell" className={cn(CELL, 'whitespace-nowrap max-sm:[grid-area:exit]')} data-col="exit-code">
                    <PhoneLabel>Exit code</PhoneLabel>
                    <ExitCode instance={instance} />
                  </td>
                  <td role="cell" className={cn(CELL, 'max-w-72 max-sm:max-w-none max-sm:min-w-0 max-sm:[grid-area:error]', !instance.errorCode && 'max-sm:hidden')}>
                    {instance.errorCode ? (
                      <span title={instance.errorInfo}>
                        <span className="font-mono text-xs font-medium">{instance.errorCode}</span>
                        {instance.errorInfo ? <span className="block truncate text-xs text-muted max-sm:whitespace-normal">{instance.errorInfo}</span> : null}
                      </span>
                    ) : (
                      <span className="text-faint">—</span>
                    )}
                  </td>
                  <td role="cell" className={cn(CELL, 'text-xs whitespace-nowrap text-muted tabular max-sm:hidden')}>{instance.startTime ? <TimeAgo iso={instance.startTime} /> : '—'}</td>
                  <td role="cell" className={cn(CELL, 'text-xs whitespace-nowrap text-muted max-sm:[grid-area:took]')} data-col="duration">
                    <PhoneLabel>Took</PhoneLabel>
                    <Duration instance={instance} />
                  </td>
                  <td role="cell" className={cn(CELL, 'text-right tabular max-sm:hidden')} data-col="runs">
                    {instance.repeats}
                  </td>
                  <td role="cell" className="px-5 py-2 text-right max-sm:p-0 max-sm:[grid-area:output]">
                    {outputsAvailable && rowInvokeId ? (
                      <button
                        type="button"
                        aria-expanded={expanded}
                        onClick={() => setOpen(expanded ? null : instance.instanceId)}
                        className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium text-accent-700 hover:bg-accent-50 dark:text-accent-400 dark:hover:bg-accent-950"
                        aria-label={`${expanded ? 'Hide' : 'Show'} output of ${instance.instanceId}`}
                      >
                        {expanded ? <ChevronDown aria-hidden className="size-3.5" /> : <ChevronRight aria-hidden className="size-3.5" />}
                        Output
                      </button>
                    ) : null}
                  </td>
                </tr>
                {expanded && rowInvokeId ? (
                  <tr role="row" className="max-sm:block">
                    <td role="cell" colSpan={columns} className="bg-surface-2/30 px-5 py-4 max-sm:block max-sm:px-3">
                      <InstanceOutput invokeId={rowInvokeId} region={region} instanceId={instance.instanceId} withHistory={withHistory} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
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
