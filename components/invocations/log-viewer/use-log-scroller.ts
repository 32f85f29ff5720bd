import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

/** One line of `text-xs leading-5`: fixed, so 100,000 lines need no measuring. */
export const ROW_HEIGHT = 20;
const PADDING = 8;

/** Scroll element, virtualizer and "bring this match into view" for the log body. */
export function useLogScroller(count: number) {
  const scrollRef = useRef<HTMLDivElement>(null);
  /** Ten monospace cells, to turn a column into pixels for horizontal scrolling. */
  const probeRef = useRef<HTMLSpanElement>(null);
  // The virtualiser returns a mutable object, so the React Compiler leaves this hook
  // unmemoised; only plain data (items, total size) and `reveal` leave it, never the object.
  // eslint-disable-next-line react-hooks/incompatible-library -- known and intended, see above
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    paddingStart: PADDING,
    paddingEnd: PADDING,
  });

  /**
   * Scrolls so the match at `line`/`column` is visible: centred vertically when it is off
   * screen, and horizontally when long lines hide it. Only the log scrolls, never the page.
   */
  function reveal(line: number, column: number, length: number, gutterCells: number): void {
    const element = scrollRef.current;
    if (!element) return;
    const top = PADDING + line * ROW_HEIGHT;
    if (top < element.scrollTop || top + ROW_HEIGHT > element.scrollTop + element.clientHeight) {
      virtualizer.scrollToIndex(line, { align: 'center' });
    }
    const cell = (probeRef.current?.getBoundingClientRect().width ?? 0) / 10 || 7.2;
    const textWidth = element.clientWidth - gutterCells * cell;
    const start = (column + 1) * cell; // +1: the text's left padding
    const end = start + Math.max(1, length) * cell;
    if (start < element.scrollLeft || end > element.scrollLeft + textWidth) {
      element.scrollLeft = Math.max(0, start - textWidth / 3);
    }
  }

  return { scrollRef, probeRef, items: virtualizer.getVirtualItems(), totalSize: virtualizer.getTotalSize(), reveal };
}
