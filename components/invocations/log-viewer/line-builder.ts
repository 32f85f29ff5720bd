import { type AnsiLine, type AnsiSpan, type AnsiStyle } from '@/components/invocations/log-viewer/ansi-types';
import { sameStyle } from '@/components/invocations/log-viewer/sgr';

/** Shared by every line without styled text, so 100,000 plain lines cost no extra arrays. */
export const NO_SPANS: readonly AnsiSpan[] = Object.freeze([]);

/**
 * Assembles one line the way a terminal would leave it on screen. Appending is the common
 * case and stays cheap (one growing string). The first cursor move (a lone `\r`, a
 * backspace, `ESC [ n G`…) switches to one cell per code point so later text overwrites what
 * is under the cursor: a progress bar redrawn with `\r` ends as its last state.
 */
export class LineBuilder {
  private text = '';
  private spans: AnsiSpan[] = [];
  /** Cell mode: one code point per cell; '' is an erased cell (shown as a space). */
  private cells: string[] | null = null;
  private cellStyles: (AnsiStyle | null)[] = [];
  private cursor = 0;

  write(text: string, style: AnsiStyle | null): void {
    if (text === '') return;
    if (!this.cells) {
      const start = this.text.length;
      this.text += text;
      pushRun(this.spans, start, this.text.length, style);
      return;
    }
    const cells = this.cells;
    while (cells.length < this.cursor) this.blank(cells);
    for (const char of text) {
      cells[this.cursor] = char;
      this.cellStyles[this.cursor] = style;
      this.cursor++;
    }
  }

  /** Absolute column (0-based), as `\r` (0) and `ESC [ n G` set it. */
  moveTo(column: number): void {
    this.toCells();
    this.cursor = Math.max(0, column);
  }

  /** Relative move, as backspace (-1) and `ESC [ n C` / `ESC [ n D` do. */
  moveBy(delta: number): void {
    this.toCells();
    this.cursor = Math.max(0, this.cursor + delta);
  }

  /** `ESC [ n K`: 0 erases to the end of the line, 1 to the start, 2 the whole line. */
  erase(mode: number): void {
    if (!this.cells && mode === 0) return; // the cursor is already at the end
    const cells = this.toCells();
    if (mode === 0) {
      cells.length = Math.min(cells.length, this.cursor);
      this.cellStyles.length = cells.length;
      return;
    }
    const end = mode === 1 ? Math.min(this.cursor + 1, cells.length) : cells.length;
    for (let i = 0; i < end; i++) {
      cells[i] = '';
      this.cellStyles[i] = null;
    }
  }

  finish(): AnsiLine {
    if (this.cells) return this.finishCells(this.cells);
    return { text: this.text, spans: this.spans.length > 0 ? this.spans : NO_SPANS };
  }

  private finishCells(cells: string[]): AnsiLine {
    let last = cells.length;
    while (last > 0 && cells[last - 1] === '') last--; // erased cells at the end are not text
    const chars: string[] = [];
    const spans: AnsiSpan[] = [];
    let offset = 0;
    let runStart = 0;
    let runStyle: AnsiStyle | null = null;
    for (let i = 0; i < last; i++) {
      const style = this.cellStyles[i] ?? null;
      if (!sameStyle(style, runStyle)) {
        pushRun(spans, runStart, offset, runStyle);
        runStart = offset;
        runStyle = style;
      }
      const char = cells[i] || ' ';
      chars.push(char);
      offset += char.length;
    }
    pushRun(spans, runStart, offset, runStyle);
    return { text: chars.join(''), spans: spans.length > 0 ? spans : NO_SPANS };
  }

  private toCells(): string[] {
    if (this.cells) return this.cells;
    const cells: string[] = [];
    let span = 0;
    let offset = 0;
    for (const char of this.text) {
      const run = this.spans[span];
      const style = run && offset >= run.start ? run.style : null;
      cells.push(char);
      this.cellStyles.push(style);
      offset += char.length;
      if (run && offset >= run.end) span++;
    }
    this.cells = cells;
    this.cursor = cells.length;
    return cells;
  }

  private blank(cells: string[]): void {
    cells.push('');
    this.cellStyles.push(null);
  }
}

/** Adds [start, end) with `style`, extending the previous span when they touch and match. */
function pushRun(spans: AnsiSpan[], start: number, end: number, style: AnsiStyle | null): void {
  if (!style || end <= start) return;
  const previous = spans[spans.length - 1];
  if (previous && previous.end === start && sameStyle(previous.style, style)) {
    spans[spans.length - 1] = { start: previous.start, end, style: previous.style };
  } else {
    spans.push({ start, end, style });
  }
}
