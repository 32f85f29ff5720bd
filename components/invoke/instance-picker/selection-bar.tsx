import { CheckCheck, LoaderCircle, Undo2 } from 'lucide-react';

import { type PickerModel } from '@/components/invoke/instance-picker/use-picker-model';
import { Button } from '@/components/ui/button';
import { formatNumber } from '@/lib/format';

/**
 * The outcome of the last bulk action, announced politely; `undo` restores the selection
 * before it, `onCancel` stops one still under way.
 */
export interface BulkNotice {
  text: string;
  undo?: readonly string[];
  onCancel?: () => void;
}

export interface SelectionBarProps {
  counts: PickerModel['counts'];
  total: number;
  narrowed: boolean;
  disabled: boolean;
  notice: BulkNotice | null;
  onSelectAll: () => void;
  onClear: () => void;
  onUndo: (selection: readonly string[]) => void;
}

export function SelectionBar({ counts, total, narrowed, disabled, notice, onSelectAll, onClear, onUndo }: SelectionBarProps) {
  const hidden = counts.selected - counts.selectedMatches;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-line px-3 py-2">
      <p className="text-xs text-muted tabular">
        <span className="font-medium text-ink">{formatNumber(narrowed ? counts.matches : total)}</span>{' '}
        {narrowed ? 'match' : total === 1 ? 'instance' : 'instances'}
        <Dot />
        <span className="font-medium text-ink">{formatNumber(counts.eligibleMatches)}</span> eligible
        <Dot />
        <span className="font-medium text-ink">{formatNumber(counts.selected)}</span> selected
        {hidden > 0 ? <span className="text-faint"> ({formatNumber(hidden)} not shown)</span> : null}
      </p>
      <p role="status" className="min-w-0 flex-1 basis-60 text-xs text-muted">
        {notice ? (
          <>
            {notice.onCancel ? <LoaderCircle aria-hidden className="mr-1.5 inline size-3 animate-spin align-[-2px] text-accent-600" /> : null}
            {notice.text}
            {notice.onCancel ? (
              <button type="button" onClick={notice.onCancel} className="ml-2 rounded font-medium text-accent-600 hover:underline dark:text-accent-400">
                Cancel
              </button>
            ) : null}
            {notice.undo ? (
              <button
                type="button"
                onClick={() => onUndo(notice.undo ?? [])}
                className="ml-2 inline-flex items-center gap-1 rounded font-medium text-accent-600 hover:underline dark:text-accent-400"
              >
                <Undo2 aria-hidden className="size-3" />
                Undo
              </button>
            ) : null}
          </>
        ) : null}
      </p>
      <div className="ml-auto flex items-center gap-1.5">
        <Button
          size="sm"
          onClick={onSelectAll}
          disabled={disabled || counts.eligibleMatches === 0}
          title={narrowed ? 'Add every eligible instance in this list to the selection' : 'Add every eligible instance to the selection'}
        >
          <CheckCheck aria-hidden className="size-3.5" />
          Select all matching
        </Button>
        <Button size="sm" variant="ghost" onClick={onClear} disabled={disabled || counts.selected === 0}>
          Clear selection
        </Button>
      </div>
    </div>
  );
}

function Dot() {
  return (
    <span aria-hidden className="text-faint">
      {' · '}
    </span>
  );
}
