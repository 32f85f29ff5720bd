import { describe, expect, it } from 'vitest';

import { parseAnsi } from '@/components/invocations/log-viewer/parse-ansi';
import { lineSegments } from '@/components/invocations/log-viewer/segments';

const ESC = '\x1b';
const line = (text: string) => parseAnsi(text)[0] ?? { text: '', spans: [] };

describe('lineSegments', () => {
  it('gives one unstyled segment for a plain line and none for an empty one', () => {
    expect(lineSegments(line('plain'), [])).toEqual([{ text: 'plain', style: null, mark: 'none' }]);
    expect(lineSegments(line(''), [])).toEqual([]);
  });

  it('cuts at style changes', () => {
    expect(lineSegments(line(`ok ${ESC}[31mfailed${ESC}[0m again`), [])).toEqual([
      { text: 'ok ', style: null, mark: 'none' },
      { text: 'failed', style: { fg: 1 }, mark: 'none' },
      { text: ' again', style: null, mark: 'none' },
    ]);
  });

  it('lays search hits over styles, keeping the style under each part of a hit', () => {
    const segments = lineSegments(line(`ab${ESC}[32mcd${ESC}[0mef`), [{ start: 1, end: 3, current: true }, { start: 4, end: 6, current: false }]);
    expect(segments).toEqual([
      { text: 'a', style: null, mark: 'none' },
      { text: 'b', style: null, mark: 'current' },
      { text: 'c', style: { fg: 2 }, mark: 'current' },
      { text: 'd', style: { fg: 2 }, mark: 'none' },
      { text: 'ef', style: null, mark: 'match' },
    ]);
  });

  it('joins back to exactly the line text', () => {
    const text = `${ESC}[1mA${ESC}[0m-${ESC}[4mB${ESC}[0m-C`;
    const segments = lineSegments(line(text), [{ start: 0, end: 3, current: false }]);
    expect(segments.map((segment) => segment.text).join('')).toBe('A-B-C');
  });
});
