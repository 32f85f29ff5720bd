'use client';

import { type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode, type RefObject, useId, useState } from 'react';

import { ColumnHeader, HEADER_HEIGHT, InstanceRow, ROW_HEIGHT } from '@/components/invoke/instance-picker/instance-row';
import { listCommand } from '@/components/invoke/instance-picker/keyboard';
import { type PickerEligibility, type PickerInstance } from '@/components/invoke/instance-picker/types';
import { useRowWindow } from '@/components/invoke/instance-picker/use-row-window';
import { cn } from '@/lib/cn';

export const LIST_HEIGHT = HEADER_HEIGHT + ROW_HEIGHT * 11;

export interface InstanceListProps {
  listRef: RefObject<HTMLDivElement | null>;
  labelledBy: string;
  describedBy: string | undefined;
  invalid: boolean;
  disabled: boolean;
  busy: boolean;
  instances: readonly PickerInstance[];
  verdicts: readonly PickerEligibility[];
  /** Positions into `instances`, in display order, and their IDs. */
  matches: readonly number[];
  matchIds: readonly string[];
  selectedSet: ReadonlySet<string>;
  onToggle: (instanceId: string) => void;
  /** Give every eligible row between two display positions the state `select`. */
  onRange: (from: number, to: number, select: boolean) => void;
  onSelectAll: () => void;
  onFocusSearch: () => void;
  /** Shown instead of rows when there are none (skeleton, empty state, error). */
  placeholder: ReactNode;
}

/**
 * The listbox. Focus stays on the list element and `aria-activedescendant` names the active
 * row, which works with windowing as long as that row is drawn, so the window always
 * includes it.
 */
export function InstanceList(props: InstanceListProps) {
  const { listRef, matches, matchIds, instances, verdicts, selectedSet, disabled } = props;
  const optionPrefix = useId();
  const [activeId, setActiveId] = useState<string | null>(null);
  const [anchorId, setAnchorId] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const count = matches.length;
  const activeIndex = activeId === null ? -1 : matchIds.indexOf(activeId);
  const anchorIndex = anchorId === null ? -1 : matchIds.indexOf(anchorId);

  // Rows of one height in a box of one height: the window follows from the scroll position, and
  // the active row is always drawn (aria-activedescendant must name a row that exists).
  const rows = useRowWindow({ count, rowHeight: ROW_HEIGHT, paddingStart: HEADER_HEIGHT, viewportHeight: LIST_HEIGHT, overscan: 10, scrollRef: listRef, keep: activeIndex });

  const activate = (index: number) => {
    setActiveId(matchIds[index] ?? null);
    rows.scrollToIndex(index);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (disabled) return;
    const pageSize = Math.max(1, Math.floor(((listRef.current?.clientHeight ?? LIST_HEIGHT) - HEADER_HEIGHT) / ROW_HEIGHT));
    const command = listCommand(event, activeIndex, count, pageSize);
    if (!command) return;
    event.preventDefault();
    if (command.type === 'select-all') props.onSelectAll();
    else if (command.type === 'focus-search') props.onFocusSearch();
    else if (command.type === 'move') {
      if (command.extend) {
        // Extend from the anchor; without one (nothing picked yet), from where the move started.
        const from = anchorIndex >= 0 ? anchorIndex : activeIndex >= 0 ? activeIndex : command.index;
        if (anchorIndex < 0) setAnchorId(matchIds[from] ?? null);
        props.onRange(from, command.index, true);
      } else {
        setAnchorId(matchIds[command.index] ?? null);
      }
      activate(command.index);
    } else if (activeIndex >= 0) {
      const id = matchIds[activeIndex] ?? '';
      if (command.range && anchorIndex >= 0) props.onRange(anchorIndex, activeIndex, true);
      else {
        props.onToggle(id);
        setAnchorId(id);
      }
    }
  };

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    setFocused(true);
    if (event.target !== event.currentTarget || count === 0) return;
    // Arriving by keyboard (Tab, or ArrowDown from the search box): show where we are. A click
    // sets the active row itself, and scrolling here would move the row under the pointer.
    if (!event.currentTarget.matches(':focus-visible')) return;
    if (activeIndex >= 0) rows.scrollToIndex(activeIndex);
    else {
      const firstInView = rows.firstInView();
      setActiveId(matchIds[firstInView] ?? null);
      setAnchorId(matchIds[firstInView] ?? null);
    }
  };

  // One handler for every row, found by position, so rows take no callbacks and stay memoised.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const option = (event.target as Element).closest('[role="option"]');
    const position = Number(option?.getAttribute('data-position') ?? Number.NaN);
    if (disabled || !option || Number.isNaN(position)) return;
    const id = matchIds[position] ?? '';
    listRef.current?.focus({ preventScroll: true });
    setActiveId(id);
    if (event.shiftKey && anchorIndex >= 0) {
      props.onRange(anchorIndex, position, !selectedSet.has(id));
      return;
    }
    props.onToggle(id);
    setAnchorId(id);
  };

  const activeOption = activeIndex >= 0 && activeId ? `${optionPrefix}-${activeId}` : undefined;
  const activeInstance = activeIndex >= 0 ? instances[matches[activeIndex] ?? -1] : undefined;
  return (
    <>
      <div
        ref={listRef}
        role="listbox"
        tabIndex={0}
        aria-multiselectable
        aria-labelledby={props.labelledBy}
        aria-describedby={props.describedBy}
        aria-activedescendant={activeOption}
        aria-invalid={props.invalid || undefined}
        aria-disabled={disabled || undefined}
        aria-busy={props.busy || undefined}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={() => setFocused(false)}
        onClick={onClick}
        onMouseDown={(event) => {
          // Shift-click picks a range; keep the browser from selecting text across rows.
          if (event.shiftKey) event.preventDefault();
        }}
        style={{ height: LIST_HEIGHT }}
        className={cn(
          // An inset outline, painted over the rows (a ring would sit under their backgrounds).
          'group/list relative overflow-y-auto overscroll-contain outline-none [contain:strict] focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent-500',
          disabled && 'pointer-events-none opacity-60',
        )}
      >
        {count === 0 ? (
          props.placeholder
        ) : (
          <div className="relative w-full" style={{ height: rows.totalSize }}>
            <ColumnHeader />
            {rows.items.map((item) => {
              const index = matches[item.index] ?? -1;
              const instance = instances[index];
              const verdict = verdicts[index];
              if (!instance || !verdict) return null;
              return (
                <InstanceRow
                  key={instance.instanceId}
                  id={`${optionPrefix}-${instance.instanceId}`}
                  instance={instance}
                  verdict={verdict}
                  selected={selectedSet.has(instance.instanceId)}
                  active={item.index === activeIndex}
                  position={item.index}
                  setSize={count}
                  top={item.start}
                />
              );
            })}
          </div>
        )}
      </div>
      {focused && activeInstance ? <ActiveRowTags instance={activeInstance} /> : null}
    </>
  );
}

/**
 * Every tag of the active row, below the list while it has focus: the row itself has room for
 * three (none on a phone), and a keyboard cannot hover for the tooltip. Screen readers get
 * the tags in the option's name, so this line is for the eye only.
 */
function ActiveRowTags({ instance }: { instance: PickerInstance }) {
  return (
    <div aria-hidden className="flex flex-wrap items-center gap-1 border-t border-line bg-surface-2/60 px-3 py-1.5 text-[11px] text-muted">
      <span className="mr-1 font-medium text-ink">{instance.name || instance.instanceId}</span>
      {instance.tags.length === 0 ? <span>No tags</span> : null}
      {instance.tags.map((tag) => (
        <span key={tag.key} className="rounded border border-line bg-surface px-1.5 font-mono leading-[18px]">
          {tag.key}
          <span className="text-muted">=</span>
          {tag.value}
        </span>
      ))}
    </div>
  );
}
