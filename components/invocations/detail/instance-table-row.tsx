'use client';

import { ChevronDown, ChevronRight } from 'lucide-react';
import { Fragment, memo } from 'react';

import { TimeAgo } from '@/components/ui/time-ago';
import { cn } from '@/lib/cn';
import { type InstanceSnapshot } from '@/lib/launches/snapshot';

import { StatusBadge } from '../status-badge';
import { Duration, ExitCode, PhoneLabel } from './instance-cells';
import { InstanceOutput } from './instance-output';

// Below `sm` each row is a small card: name and status, then exit code, duration and output,
// then the error. Explicit roles keep the table's meaning when its parts are laid out as blocks.
const PHONE_ROW = 'max-sm:grid max-sm:items-center max-sm:gap-x-3 max-sm:gap-y-1 max-sm:px-4 max-sm:py-3';
const PHONE_AREAS = {
  plain: "max-sm:grid-cols-[auto_minmax(0,1fr)_auto] max-sm:[grid-template-areas:'name_name_status'_'exit_took_output'_'error_error_error']",
  selectable: "max-sm:grid-cols-[auto_auto_minmax(0,1fr)_auto] max-sm:[grid-template-areas:'pick_name_name_status'_'pick_exit_took_output'_'pick_error_error_error']",
};
const CELL = 'px-3 py-2 max-sm:p-0';

/** A row: an instance of one InvokeId, or of a launch, where each row names its own batch. */
export type InstanceRow = InstanceSnapshot & { invokeId?: string | null; batchIndex?: number };

export interface InstanceTableRowProps {
  instance: InstanceRow;
  /** The InvokeId whose output this row reads, if it has one. */
  invokeId: string | undefined;
  region: string;
  hostName: string | undefined;
  expanded: boolean;
  onOpen: (instanceId: string | null) => void;
  withHistory: boolean;
  selectable: boolean;
  selected: boolean;
  onSelect: (instanceIds: string[], on: boolean) => void;
  outputsAvailable: boolean;
  byBatch: boolean;
  columns: number;
}

/**
 * One instance of the table. Memoised on plain props: a poll of a launch of thousands of
 * instances changes a few of them, and only those rows render again.
 */
export const InstanceTableRow = memo(function InstanceTableRow({ instance, invokeId, region, hostName, expanded, onOpen, withHistory, selectable, selected, onSelect, outputsAvailable, byBatch, columns }: InstanceTableRowProps) {
  return (
    <Fragment>
      <tr role="row" className={cn('align-middle', PHONE_ROW, selectable ? PHONE_AREAS.selectable : PHONE_AREAS.plain, expanded && 'bg-surface-2/50')} data-instance={instance.instanceId}>
        {selectable ? (
          <td role="cell" className="py-2 pl-5 max-sm:self-start max-sm:p-0 max-sm:pt-0.5 max-sm:[grid-area:pick]">
            <input type="checkbox" aria-label={`Select ${instance.instanceId}`} checked={selected} onChange={(event) => onSelect([instance.instanceId], event.target.checked)} className="size-3.5 accent-accent-600" />
          </td>
        ) : null}
        <td role="cell" className={cn(CELL, 'whitespace-nowrap max-sm:min-w-0 max-sm:[grid-area:name]')}>
          {hostName ? <span className="block truncate text-[13px] font-medium">{hostName}</span> : null}
          <span className="block truncate font-mono text-xs text-muted">{instance.instanceId}</span>
        </td>
        {byBatch ? (
          <td role="cell" className={cn(CELL, 'text-xs whitespace-nowrap text-muted max-sm:hidden')} data-col="batch">
            {instance.batchIndex === undefined ? '—' : `Batch ${instance.batchIndex + 1}`}
            {invokeId ? <span className="ml-1.5 font-mono text-faint">{invokeId}</span> : null}
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
          {outputsAvailable && invokeId ? (
            <button
              type="button"
              aria-expanded={expanded}
              onClick={() => onOpen(expanded ? null : instance.instanceId)}
              className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium text-accent-700 hover:bg-accent-50 dark:text-accent-400 dark:hover:bg-accent-950"
              aria-label={`${expanded ? 'Hide' : 'Show'} output of ${instance.instanceId}`}
            >
              {expanded ? <ChevronDown aria-hidden className="size-3.5" /> : <ChevronRight aria-hidden className="size-3.5" />}
              Output
            </button>
          ) : null}
        </td>
      </tr>
      {expanded && invokeId ? (
        <tr role="row" className="max-sm:block">
          <td role="cell" colSpan={columns} className="bg-surface-2/30 px-5 py-4 max-sm:block max-sm:px-3">
            <InstanceOutput invokeId={invokeId} region={region} instanceId={instance.instanceId} withHistory={withHistory} />
          </td>
        </tr>
      ) : null}
    </Fragment>
  );
});
