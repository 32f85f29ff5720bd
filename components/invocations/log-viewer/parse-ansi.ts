import { type AnsiLine, type AnsiStyle, type StoredLine, toAnsiLine } from '@/components/invocations/log-viewer/ansi-types';
import { type Csi, readEscape } from '@/components/invocations/log-viewer/escape';
import { LineBuilder } from '@/components/invocations/log-viewer/line-builder';
import { applySgr } from '@/components/invocations/log-viewer/sgr';

/** Where a chunked parse stopped: the next line's offset and the style carried into it. */
export interface ParseState {
  readonly pos: number;
  readonly style: AnsiStyle | null;
}

export const START: ParseState = Object.freeze({ pos: 0, style: null });

// C0 controls but tab and newline, DEL and C1: a line without any is plain text, and most
// lines of real output are, so they skip the character-by-character path entirely.
const SPECIAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/**
 * Splits `text` into lines (`\n`, `\r\n`) and renders each as a terminal would: SGR colours
 * and attributes become spans, a lone `\r` returns to the start of the line so later text
 * overwrites it, and every other escape sequence or control character is dropped. Colours
 * carry over line ends until reset, as in a terminal. A final line break adds no empty line.
 */
export function parseAnsi(text: string): AnsiLine[] {
  const lines: StoredLine[] = [];
  parseChunk(text, START, lines, Infinity, Infinity);
  return lines.map(toAnsiLine);
}

/**
 * Parses whole lines from `state.pos` into `out` (compactly: see `StoredLine`) until
 * `maxLines` lines or `maxChars` characters of input are done (at least one line), and
 * returns where to resume; finished when the returned `pos` is `text.length`. Lets a 5 MB
 * output be parsed in slices.
 */
export function parseChunk(text: string, state: ParseState, out: StoredLine[], maxLines: number, maxChars: number): ParseState {
  let { pos, style } = state;
  const stopAt = pos + maxChars;
  let count = 0;
  while (pos < text.length && count < maxLines && (count === 0 || pos < stopAt)) {
    const newline = text.indexOf('\n', pos);
    const lineEnd = newline === -1 ? text.length : newline;
    let end = lineEnd;
    while (end > pos && text.charCodeAt(end - 1) === 0x0d) end--; // `\r\n`, or `\r` at the very end
    const raw = text.slice(pos, end);
    if (SPECIAL.test(raw)) {
      const parsed = parseLine(raw, style);
      out.push(parsed.line.spans.length > 0 ? parsed.line : parsed.line.text);
      style = parsed.style;
    } else {
      out.push(style && raw ? { text: raw, spans: [{ start: 0, end: raw.length, style }] } : raw);
    }
    pos = lineEnd + 1;
    count++;
  }
  return { pos: Math.min(pos, text.length), style };
}

/** One line that holds escape sequences or control characters. */
export function parseLine(raw: string, start: AnsiStyle | null): { line: AnsiLine; style: AnsiStyle | null } {
  const builder = new LineBuilder();
  const csi: Csi = { params: '', final: '' };
  let style = start;
  let runStart = 0;
  let i = 0;
  while (i < raw.length) {
    const code = raw.charCodeAt(i);
    if ((code >= 0x20 && code < 0x7f) || code > 0x9f || code === 0x09) {
      i++;
      continue;
    }
    builder.write(raw.slice(runStart, i), style);
    if (code === 0x0d) {
      builder.moveTo(0);
      i++;
    } else if (code === 0x08) {
      builder.moveBy(-1);
      i++;
    } else if (code === 0x1b || code >= 0x80) {
      i = readEscape(raw, i, csi);
      if (csi.final !== '') style = applyCsi(builder, style, csi.params, csi.final);
    } else {
      i++; // BEL, NUL, form feed…: nothing to show
    }
    runStart = i;
  }
  builder.write(raw.slice(runStart), style);
  return { line: builder.finish(), style };
}

/** SGR changes the style; the cursor moves that progress bars use act on the line. */
function applyCsi(builder: LineBuilder, style: AnsiStyle | null, params: string, final: string): AnsiStyle | null {
  if (final === 'm') return applySgr(style, params);
  const n = Number.parseInt(params, 10);
  if (final === 'K') builder.erase(Number.isNaN(n) ? 0 : n);
  else if (final === 'G') builder.moveTo((n || 1) - 1);
  else if (final === 'C') builder.moveBy(n || 1);
  else if (final === 'D') builder.moveBy(-(n || 1));
  // Vertical moves, screen clears and the like cannot be replayed on a finished line.
  return style;
}
