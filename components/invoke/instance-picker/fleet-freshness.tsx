'use client';

import { AlertTriangle, LoaderCircle, RotateCw } from 'lucide-react';

import { TimeAgo } from '@/components/ui/time-ago';
import { type FleetReadState } from '@/lib/fleet/types';

/** How fresh the picker's list is, and a way to ask for a newer one. */
export interface PickerFleet {
  state: FleetReadState;
  onRefresh: () => void;
}

/**
 * "Fleet read 20 sec. ago · Refresh": the list comes from a snapshot read in the background,
 * so it says when; "Refreshing…" while a read someone asked for runs; a failed read is
 * reported quietly on a line of its own, while the list it could not replace stays.
 */
export function FleetFreshness({ state, onRefresh }: PickerFleet) {
  const { readAt, refreshing, lastError } = state;
  return (
    <div className="ml-auto flex min-h-8 flex-wrap items-center justify-end gap-x-1.5 gap-y-0.5 text-xs text-muted">
      {/* Announced when a read starts, not each time the relative time ticks. */}
      <span role="status" className="sr-only">
        {refreshing ? 'Refreshing the fleet…' : ''}
      </span>
      {readAt ? (
        <span>
          Fleet read <TimeAgo iso={readAt} className="tabular text-ink" />
        </span>
      ) : (
        <span>{refreshing ? 'Reading the fleet…' : 'Fleet not read yet'}</span>
      )}
      <span aria-hidden className="text-faint">
        ·
      </span>
      {refreshing ? (
        <span className="inline-flex items-center gap-1 text-ink">
          <LoaderCircle aria-hidden className="size-3.5 animate-spin text-faint" />
          Refreshing…
        </span>
      ) : (
        <button
          type="button"
          onClick={onRefresh}
          className="inline-flex items-center gap-1 rounded px-1 py-0.5 font-medium text-accent-700 hover:bg-surface-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent-500 dark:text-accent-300"
        >
          <RotateCw aria-hidden className="size-3.5" />
          Refresh
        </button>
      )}
      {lastError ? (
        <span className="inline-flex basis-full items-center justify-end gap-1 text-amber-800 dark:text-amber-300" title={lastError.message}>
          <AlertTriangle aria-hidden className="size-3.5" />
          <span>
            Last read failed <TimeAgo iso={lastError.at} /> ({lastError.code})<span className="sr-only">: {lastError.message}</span>
          </span>
        </span>
      ) : null}
    </div>
  );
}
