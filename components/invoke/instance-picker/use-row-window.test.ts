import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { rowsInWindow } from './use-row-window';

const ROW = 36;
const HEADER = 30;
const window = (count: number, keep = -1) => ({ count, rowHeight: ROW, paddingStart: HEADER, overscan: 10, keep });

describe('rowsInWindow', () => {
  it('draws the rows in view of a box scrolled anywhere, plus the overscan, in order and once each', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 36, max: 2_000 }), fc.integer({ min: -1, max: 20_000 }), (count, scrollTop, height, keep) => {
        // The browser keeps scrollTop within the content, as the hook reads it.
        const clamped = Math.min(scrollTop, Math.max(0, HEADER + count * ROW - height));
        const top = Math.max(0, Math.floor((clamped - HEADER) / ROW));
        const items = rowsInWindow(window(count, keep), top, height);
        const indexes = items.map((item) => item.index);
        expect(new Set(indexes).size).toBe(indexes.length);
        expect([...indexes].sort((a, b) => a - b)).toEqual(indexes);
        for (const item of items) {
          expect(item.index).toBeGreaterThanOrEqual(0);
          expect(item.index).toBeLessThan(count);
          expect(item.start).toBe(HEADER + item.index * ROW);
        }
        // Every row with any part inside the box (below the sticky header) is drawn.
        for (let index = 0; index < count; index++) {
          const rowTop = HEADER + index * ROW;
          if (rowTop + ROW > clamped + HEADER && rowTop < clamped + height) expect(indexes).toContain(index);
        }
        if (keep >= 0 && keep < count) expect(indexes).toContain(keep);
      }),
      { numRuns: 300 },
    );
  });

  it('draws a dozen rows and the overscan at the top, nothing for an empty list', () => {
    expect(rowsInWindow(window(10_000), 0, HEADER + ROW * 11).map((item) => item.index)).toEqual([...Array(24).keys()]);
    expect(rowsInWindow(window(0), 0, 400)).toEqual([]);
  });

  it('keeps the active row far above or below the window', () => {
    const below = rowsInWindow(window(10_000, 9_000), 0, 400).map((item) => item.index);
    expect(below.at(-1)).toBe(9_000);
    const above = rowsInWindow(window(10_000, 3), 5_000, 400).map((item) => item.index);
    expect(above[0]).toBe(3);
  });
});
