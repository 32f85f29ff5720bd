'use client';

import { ChevronDown, ChevronRight } from 'lucide-react';
import { Fragment, useState } from 'react';

import { TimeAgo } from '@/components/ui/time-ago';
import { cn } from '@/lib/cn';
import { type InstanceSnapshot } from '@/lib/launches/snapshot';

import { StatusBadge } from '../status-badge';
import { InstanceOutput } from './instance-output';
import { useInstanceNames } from './use-instance-names';

/** A row: an instance of one InvokeId, or of a launch, where each row names its own batch. */
export type InstanceRow = InstanceSnapshot & { invokeId?: string | null; batchIndex?: number };

/** Rows rendered at first and per "Show more": a launch can hold thousands of instances. */
export const ROWS_PER_PAGE = 100;

/**
 * Every instance of the invocation (or of every batch of a launch, with `byBatch`): status,
 * exit code, error, times, repeats; output on demand, read from the row's own InvokeId.
 */
export function InstancesTable({
  invokeId,
  region,
  instances,
  withHistory,
  selectable,
  selected,
  onSelect,
  outputsAvailable,
  byBatch = false,
}: {
  /** The InvokeId of rows that do not name their own. */
  invokeId?: string;
  region: string;
  instances: readonly InstanceRow[];
  withHistory: boolean;
  selectable: boolean;
  selected: ReadonlySet<string>;
  onSelect: (instanceIds: string[], on: boolean) => void;
  outputsAvailable: boolean;
  byBatch?: boolean;
}) {
  const [open, setOpen] = useState<string | null>(null);
  const [limit, setLimit] = useState(ROWS_PER_PAGE);
  const allSelected = instances.length > 0 && instances.every((instance) => selected.has(instance.instanceId));
  const rendered = instances.slice(0, limit);
  const names = useInstanceNames(region, rendered.map((instance) => instance.instanceId));
  const columns = 8 + (selectable ? 1 : 0) + (byBatch ? 1 : 0);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-[13px]">
        <thead className="border-b border-line text-xs text-muted">
          <tr>
            {selectable ? (
              <th className="w-10 py-2 pl-5">
                <input type="checkbox" aria-label="Select every instance shown" checked={allSelected} onChange={() => onSelect(instances.map((instance) => instance.instanceId), !allSelected)} className="size-3.5 accent-accent-600" />
              </th>
            ) : null}
            <th className="px-3 py-2 font-medium">Instance</th>
            {byBatch ? <th className="px-3 py-2 font-medium">Batch</th> : null}
            <th className="px-3 py-2 font-medium">Status</th>
            <th className="px-3 py-2 font-medium">Exit code</th>
            <th className="px-3 py-2 font-medium">Error</th>
            <th className="px-3 py-2 font-medium">Started</th>
            <th className="px-3 py-2 font-medium">Finished</th>
            <th className="px-3 py-2 text-right font-medium">Runs</th>
            <th className="px-5 py-2 text-right font-medium">
              <span className="sr-only">Output</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rendered.map((instance) => {
            const expanded = open === instance.instanceId;
            const rowInvokeId = instance.invokeId === undefined ? invokeId : instance.invokeId;
            return (
              <Fragment key={instance.instanceId}>
                <tr className={cn('align-middle', expanded && 'bg-surface-2/50')} data-instance={instance.instanceId}>
                  {selectable ? (
                    <td className="py-2 pl-5">
                      <input type="checkbox" aria-label={`Select ${instance.instanceId}`} checked={selected.has(instance.instanceId)} onChange={(event) => onSelect([instance.instanceId], event.target.checked)} className="size-3.5 accent-accent-600" />
                    </td>
                  ) : null}
                  <td className="px-3 py-2 whitespace-nowrap">
                    {names.get(instance.instanceId) ? <span className="block text-[13px] font-medium">{names.get(instance.instanceId)}</span> : null}
                    <span className="block font-mono text-xs text-muted">{instance.instanceId}</span>
                  </td>
                  {byBatch ? (
                    <td className="px-3 py-2 text-xs whitespace-nowrap text-muted" data-col="batch">
                      {instance.batchIndex === undefined ? '—' : `Batch ${instance.batchIndex + 1}`}
                      {rowInvokeId ? <span className="ml-1.5 font-mono text-faint">{rowInvokeId}</span> : null}
                    </td>
                  ) : null}
                  <td className="px-3 py-2">
                    <StatusBadge status={instance.status} />
                  </td>
                  <td className={cn('px-3 py-2 font-mono tabular', instance.exitCode ? 'text-rose-700 dark:text-rose-400' : 'text-muted')}>{instance.exitCode ?? '—'}</td>
                  <td className="max-w-72 px-3 py-2">
                    {instance.errorCode ? (
                      <span title={instance.errorInfo}>
                        <span className="font-mono text-xs font-medium">{instance.errorCode}</span>
                        {instance.errorInfo ? <span className="block truncate text-xs text-muted">{instance.errorInfo}</span> : null}
                      </span>
                    ) : (
                      <span className="text-faint">—</span>
                    )}
                  </td>
                  <td className="px-3 py-2 text-xs whitespace-nowrap text-muted tabular">{instance.startTime ? <TimeAgo iso={instance.startTime} /> : '—'}</td>
                  <td className="px-3 py-2 text-xs whitespace-nowrap text-muted tabular">{instance.finishTime ? <TimeAgo iso={instance.finishTime} /> : '—'}</td>
                  <td className="px-3 py-2 text-right tabular" data-col="runs">{instance.repeats}</td>
                  <td className="px-5 py-2 text-right">
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
                  <tr>
                    <td colSpan={columns} className="bg-surface-2/30 px-5 py-4">
                      <InstanceOutput invokeId={rowInvokeId} region={region} instanceId={instance.instanceId} withHistory={withHistory} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {instances.length > rendered.length ? (
        <div className="flex items-center justify-between border-t border-line px-5 py-2.5 text-xs text-muted">
          <span>
            Showing {rendered.length} of {instances.length} instances.
          </span>
          <button type="button" onClick={() => setLimit((current) => current + ROWS_PER_PAGE)} className="font-medium text-accent-700 hover:underline dark:text-accent-400">
            Show {Math.min(ROWS_PER_PAGE, instances.length - rendered.length)} more
          </button>
        </div>
      ) : null}
    </div>
  );
}
