import { lineText, type StoredLine } from '@/components/invocations/log-viewer/ansi-types';

/** The plain text of all lines, joined once, with a case-folded copy to search in. */
export interface SearchIndex {
  /** Lines joined with `\n`: what Copy and Download hand out. */
  readonly plain: string;
  /** `plain` case-folded, offset for offset. */
  readonly folded: string;
  /** Offset in `plain` where each line starts. */
  readonly lineStarts: Int32Array;
}

/** Non-overlapping, case-insensitive matches in line order. Match `i` is on line `line[i]`. */
export interface LogMatches {
  readonly count: number;
  readonly line: Int32Array;
  /** Offset in the line's text. */
  readonly column: Int32Array;
  /** In UTF-16 units, the same for every match. */
  readonly length: number;
}

export const NO_MATCHES: LogMatches = Object.freeze({ count: 0, line: new Int32Array(0), column: new Int32Array(0), length: 0 });

// Keyed by the lines array, which the document replaces (never mutates) as parsing goes on.
const indexes = new WeakMap<readonly StoredLine[], SearchIndex>();

export function searchIndexFor(lines: readonly StoredLine[]): SearchIndex {
  const cached = indexes.get(lines);
  if (cached) return cached;
  const lineStarts = new Int32Array(lines.length);
  const texts: string[] = new Array<string>(lines.length);
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const text = line === undefined ? '' : lineText(line);
    lineStarts[i] = offset;
    texts[i] = text;
    offset += text.length + 1;
  }
  const plain = texts.join('\n');
  const index = { plain, folded: foldCase(plain), lineStarts };
  indexes.set(lines, index);
  return index;
}

/**
 * Lower-cases without changing any offset, so a match in the folded text is a match at the
 * same place in the shown text. `toLowerCase` only ever lengthens a string (İ becomes two
 * units); when it does, the few characters that grow are left as they are.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    const folded = char.toLowerCase();
    out += folded.length === 1 ? folded : char;
  }
  return out;
}

export function findMatches(index: SearchIndex, query: string): LogMatches {
  if (query === '') return NO_MATCHES;
  const needle = foldCase(query);
  const { folded, lineStarts } = index;
  const lines: number[] = [];
  const columns: number[] = [];
  let line = 0;
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
    // Matches come in order, so the line only ever moves forward.
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? Infinity) <= at) line++;
    const column = at - (lineStarts[line] ?? 0);
    lines.push(line);
    columns.push(column);
  }
  if (lines.length === 0) return { ...NO_MATCHES, length: needle.length };
  return { count: lines.length, line: Int32Array.from(lines), column: Int32Array.from(columns), length: needle.length };
}

/** The range [from, to) of match numbers that fall on `line` (binary search). */
export function matchesOnLine(matches: LogMatches, line: number): [number, number] {
  let low = 0;
  let high = matches.count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((matches.line[mid] ?? 0) < line) low = mid + 1;
    else high = mid;
  }
  let to = low;
  while (to < matches.count && matches.line[to] === line) to++;
  return [low, to];
}

/** The next (or previous) match number, wrapping around; -1 when there are none. */
export function stepMatch(count: number, current: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  return (((current + direction) % count) + count) % count;
}
