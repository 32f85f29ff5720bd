import { AppWindow, Ban, Check, CircleCheck, Minus, ServerCog, SquareTerminal, TriangleAlert } from 'lucide-react';
import { Fragment } from 'react';

import { Badge, type BadgeTone } from '@/components/ui/badge';
import { cn } from '@/lib/cn';

import { type PickerInstance } from './types';

// The house status colours: running sky, stopped neutral, in-between states amber.
const STATUS_TONES: Readonly<Record<string, BadgeTone>> = {
  Running: 'info',
  Stopped: 'neutral',
  Starting: 'warning',
  Stopping: 'warning',
  Pending: 'warning',
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <Badge tone={STATUS_TONES[status] ?? 'neutral'} dot className="px-1.5 py-px text-[11px]">
      {status || 'Unknown'}
    </Badge>
  );
}

/** A server outside ECS registered with Cloud Assistant: it has no ECS status, so this stands in the Status column. */
export function ManagedBadge({ className }: { className?: string }) {
  return (
    <Badge tone="neutral" className={cn('gap-1 px-1.5 py-px text-[11px]', className)}>
      <ServerCog aria-hidden className="size-3 shrink-0" />
      Managed
    </Badge>
  );
}

/** The badge's icon alone, for a row too narrow for the word; the option's name says "Managed" either way. */
export function ManagedMark({ className }: { className?: string }) {
  return (
    <span title="Managed instance (a server outside ECS)" className={cn('flex shrink-0 text-muted', className)}>
      <ServerCog aria-hidden className="size-3.5" />
    </span>
  );
}

export function OsLabel({ instance }: { instance: PickerInstance }) {
  const Icon = instance.osType === 'windows' ? AppWindow : SquareTerminal;
  return (
    <span className="flex min-w-0 items-center gap-1.5 text-muted" title={instance.osName}>
      <Icon aria-hidden className="size-3.5 shrink-0 text-faint" />
      <span className="truncate">{instance.osName || (instance.osType === 'windows' ? 'Windows' : 'Linux')}</span>
    </span>
  );
}

/** The first tags as chips; the rest as "+N", with every tag in the tooltip (and, for the active row, below the list). */
export function TagChips({ tags, max = 3 }: { tags: PickerInstance['tags']; max?: number }) {
  if (tags.length === 0) return <span className="text-faint">—</span>;
  const shown = tags.slice(0, max);
  const rest = tags.length - shown.length;
  return (
    <span className="flex min-w-0 items-center gap-1 overflow-hidden" title={tags.map((tag) => `${tag.key}=${tag.value}`).join('\n')}>
      {shown.map((tag) => (
        <Fragment key={tag.key}>
          {/* A space between chips: the row's text reads "env=prod role=web", as its name does. */}{' '}
          <span className="max-w-[10rem] min-w-0 shrink truncate rounded border border-line bg-surface-2 px-1.5 font-mono text-[11px] leading-[18px] text-muted">
            {tag.key}
            <span className="text-faint">=</span>
            {tag.value}
          </span>
        </Fragment>
      ))}{' '}
      {rest > 0 ? <span className="shrink-0 text-[11px] font-medium text-faint tabular">+{rest}</span> : null}
    </span>
  );
}

/** The row's check box. Drawn, not an input: the option itself carries aria-selected. */
export function CheckMark({ selected, eligible }: { selected: boolean; eligible: boolean }) {
  return (
    <span
      aria-hidden
      className={cn(
        'flex size-4 items-center justify-center rounded-[4px] border transition-colors',
        selected && eligible && 'border-accent-600 bg-accent-600 text-white',
        // Selected earlier but no longer eligible: still shown as chosen, in amber, so it stands out.
        selected && !eligible && 'border-amber-500 bg-amber-500 text-white',
        !selected && eligible && 'border-line-strong bg-surface group-hover/row:border-faint',
        !selected && !eligible && 'border-dashed border-line-strong bg-surface-2',
      )}
    >
      {selected ? eligible ? <Check className="size-3" strokeWidth={3} /> : <Minus className="size-3" strokeWidth={3} /> : null}
    </span>
  );
}

/** Eligible, but with something to read first (live mode's classic network): an amber triangle, the full text on hover. */
export function EligibleWithWarning({ warning }: { warning: string }) {
  return (
    <span className="flex min-w-0 items-center gap-1.5 text-muted" title={warning}>
      <TriangleAlert aria-hidden className="size-3.5 shrink-0 text-amber-600 dark:text-amber-400" />
      <span className="line-clamp-2 leading-[14px]">
        Eligible <span className="text-amber-700 dark:text-amber-400">· {warning.split(' — ')[0]}</span>
      </span>
    </span>
  );
}

/** Eligible, said in words beside the icon: on a phone this column is all there is besides the name. */
export function EligibleMark() {
  return (
    <span className="flex min-w-0 items-center gap-1.5 text-muted">
      <CircleCheck aria-hidden className="size-3.5 shrink-0 text-emerald-600 dark:text-emerald-400" />
      <span className="truncate">Eligible</span>
    </span>
  );
}

export function IneligibleReason({ reason }: { reason: string }) {
  return (
    <span className="flex min-w-0 items-center gap-1.5 text-amber-700 dark:text-amber-400" title={reason}>
      <Ban aria-hidden className="size-3.5 shrink-0" />
      {/* Two lines fit the fixed row height; long reasons ("Agent 2.2.0.106 too old…") need them. */}
      <span className="line-clamp-2 leading-[14px]">{reason}</span>
    </span>
  );
}
