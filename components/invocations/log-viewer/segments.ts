import { type AnsiLine, type AnsiStyle } from '@/components/invocations/log-viewer/ansi-types';

/** A search hit on one line, in offsets of the line's text. */
export interface LineMark {
  start: number;
  end: number;
  current: boolean;
}

/** A piece of a line with one style and one highlight, ready to render as one element. */
export interface Segment {
  text: string;
  style: AnsiStyle | null;
  mark: 'none' | 'match' | 'current';
}

/**
 * Cuts a line at every style change and every search-hit edge. Spans and marks are each
 * sorted and non-overlapping, so one pass with two cursors does it.
 */
export function lineSegments(line: AnsiLine, marks: readonly LineMark[]): Segment[] {
  const { text, spans } = line;
  const cuts = new Set<number>([0, text.length]);
  for (const span of spans) cuts.add(span.start).add(span.end);
  for (const mark of marks) cuts.add(Math.min(mark.start, text.length)).add(Math.min(mark.end, text.length));
  const points = [...cuts].sort((a, b) => a - b);

  const segments: Segment[] = [];
  let span = 0;
  let hit = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    while (span < spans.length && (spans[span]?.end ?? 0) <= start) span++;
    while (hit < marks.length && (marks[hit]?.end ?? 0) <= start) hit++;
    const styled = spans[span];
    const marked = marks[hit];
    segments.push({
      text: text.slice(start, end),
      style: styled && styled.start <= start ? styled.style : null,
      mark: marked && marked.start <= start ? (marked.current ? 'current' : 'match') : 'none',
    });
  }
  return segments;
}
