'use client';

import { type RefObject, useCallback, useEffect, useState } from 'react';

/**
 * Windowing for the picker's listbox: every row is `rowHeight` tall under a header of
 * `paddingStart`, in a scroll box of a known height, so which rows to draw follows from the
 * scroll position alone. (A general virtualiser measures rows it cannot know; this list needs
 * none of that, and none of its 10 KB in the form's first load.) The state is the first row in
 * view, so scrolling within a row renders nothing.
 */
export interface RowWindowOptions {
  count: number;
  rowHeight: number;
  /** Above the first row (the sticky column header): rows scrolled to stay below it. */
  paddingStart: number;
  /** The scroll box's height until it can be read (the server draws the rows this shows). */
  viewportHeight: number;
  /** Rows drawn beyond each edge of the view. */
  overscan: number;
  scrollRef: RefObject<HTMLElement | null>;
  /** A row always drawn (the active one, which aria-activedescendant names), or -1. */
  keep: number;
}

export interface RowWindow {
  /** The rows to draw, in order: their index and offset from the top of the content. */
  items: { index: number; start: number }[];
  totalSize: number;
  /** Scroll as little as needed to show the row whole below the header. */
  scrollToIndex: (index: number) => void;
  /** The first row wholly below the header. */
  firstInView: () => number;
}

/** The rows to draw when row `top` is the first in view of a box `height` tall: the rows in view, `overscan` more each side, and `keep`. */
export function rowsInWindow({ count, rowHeight, paddingStart, overscan, keep }: Pick<RowWindowOptions, 'count' | 'rowHeight' | 'paddingStart' | 'overscan' | 'keep'>, top: number, height: number): RowWindow['items'] {
  const inView = Math.ceil(height / rowHeight) + 1;
  const first = Math.max(0, Math.min(top, count - 1) - overscan);
  const last = Math.min(count - 1, top + inView + overscan);
  const at = (index: number) => ({ index, start: paddingStart + index * rowHeight });
  const items: RowWindow['items'] = [];
  if (keep >= 0 && keep < first) items.push(at(keep));
  for (let index = first; index <= last; index++) items.push(at(index));
  if (keep > last && keep < count) items.push(at(keep));
  return items;
}

export function useRowWindow({ count, rowHeight, paddingStart, viewportHeight, overscan, scrollRef, keep }: RowWindowOptions): RowWindow {
  const rowAt = useCallback((scrollTop: number) => Math.max(0, Math.floor((scrollTop - paddingStart) / rowHeight)), [paddingStart, rowHeight]);
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(viewportHeight);

  useEffect(() => {
    const box = scrollRef.current;
    if (!box) return;
    const read = () => {
      setTop(rowAt(box.scrollTop));
      if (box.clientHeight > 0) setHeight(box.clientHeight);
    };
    // The first read waits for the browser's own layout of the new box (a ResizeObserver reports
    // after it): read here, in the commit, it made the browser lay the page out inside the task
    // that drew the rows (45 ms of a 170 ms task on /invoke, on this machine's CPU).
    const resized = new ResizeObserver(read);
    resized.observe(box);
    box.addEventListener('scroll', read, { passive: true });
    return () => {
      resized.disconnect();
      box.removeEventListener('scroll', read);
    };
  }, [scrollRef, rowAt]);

  const items = rowsInWindow({ count, rowHeight, paddingStart, overscan, keep }, top, height);

  const scrollToIndex = useCallback(
    (index: number) => {
      const box = scrollRef.current;
      if (!box || index < 0) return;
      const rowTop = paddingStart + index * rowHeight;
      const rowBottom = rowTop + rowHeight;
      if (rowTop - paddingStart < box.scrollTop) box.scrollTop = rowTop - paddingStart;
      else if (rowBottom > box.scrollTop + box.clientHeight) box.scrollTop = rowBottom - box.clientHeight;
      // The scroll event redraws too; this makes the row exist for whoever looks for it first.
      setTop(rowAt(box.scrollTop));
    },
    [scrollRef, paddingStart, rowHeight, rowAt],
  );

  const firstInView = useCallback(() => {
    const box = scrollRef.current;
    if (!box) return 0;
    return Math.min(Math.max(0, count - 1), Math.ceil(box.scrollTop / rowHeight));
  }, [scrollRef, rowHeight, count]);

  return { items, totalSize: paddingStart + count * rowHeight, scrollToIndex, firstInView };
}
