import { type AnsiLine, type AnsiSpan, type AnsiStyle } from '@/components/invocations/log-viewer/ansi-types';
import { sameStyle } from '@/components/invocations/log-viewer/sgr';

/** Shared by every line without styled text, so 100,000 plain lines cost no extra arrays. */
export const NO_SPANS: readonly AnsiSpan[] = Object.freeze([]);

/** One code point per cell; '' is an erased cell (shown as a space, dropped at the end). */
interface Grid {
  cells: string[];
  styles: (AnsiStyle | null)[];
  cursor: number;
}

/**
 * Assembles one line the way a terminal would leave it on screen. Appending is the common
 * case and stays cheap (pieces joined once; spans only once a styled run appears). The
 * first cursor move (a lone `\r`, a backspace, `ESC [ n G`…) switches to a grid of cells so
 * later text overwrites what is under the cursor: a progress bar ends as its last state.
 */
export class LineBuilder {
  // Pieces joined once at the end: `+=` would leave a tree of string pieces per line, and
  // on a big output those trees are what the garbage collector has to copy and keep.
  private pieces: string[] = [];
  private length = 0;
  private spans: AnsiSpan[] | null = null;
  private grid: Grid | null = null;

  write(text: string, style: AnsiStyle | null): void {
    if (text === '') return;
    const grid = this.grid;
    if (!grid) {
      const start = this.length;
      this.pieces.push(text);
      this.length += text.length;
      if (style) pushRun((this.spans ??= []), start, this.length, style);
      return;
    }
    while (grid.cells.length < grid.cursor) blank(grid);
    for (const char of text) {
      grid.cells[grid.cursor] = char;
      grid.styles[grid.cursor] = style;
      grid.cursor++;
    }
  }

  /** Absolute column (0-based), as `\r` (0) and `ESC [ n G` set it. */
  moveTo(column: number): void {
    this.toGrid().cursor = Math.max(0, column);
  }

  /** Relative move, as backspace (-1) and `ESC [ n C` / `ESC [ n D` do. */
  moveBy(delta: number): void {
    const grid = this.toGrid();
    grid.cursor = Math.max(0, grid.cursor + delta);
  }

  /** `ESC [ n K`: 0 erases to the end of the line, 1 to the start, 2 the whole line. */
  erase(mode: number): void {
    if (!this.grid && mode === 0) return; // the cursor is already at the end
    const { cells, styles, cursor } = this.toGrid();
    if (mode === 0) {
      cells.length = Math.min(cells.length, cursor);
      styles.length = cells.length;
      return;
    }
    const end = mode === 1 ? Math.min(cursor + 1, cells.length) : cells.length;
    for (let i = 0; i < end; i++) {
      cells[i] = '';
      styles[i] = null;
    }
  }

  finish(): AnsiLine {
    if (this.grid) return finishGrid(this.grid);
    return { text: this.pieces.length === 1 ? (this.pieces[0] ?? '') : this.pieces.join(''), spans: this.spans ?? NO_SPANS };
  }

  private toGrid(): Grid {
    if (this.grid) return this.grid;
    const spans = this.spans ?? NO_SPANS;
    const grid: Grid = { cells: [], styles: [], cursor: 0 };
    let span = 0;
    let offset = 0;
    for (const char of this.pieces.join('')) {
      const run = spans[span];
      grid.cells.push(char);
      grid.styles.push(run && offset >= run.start ? run.style : null);
      offset += char.length;
      if (run && offset >= run.end) span++;
    }
    grid.cursor = grid.cells.length;
    this.grid = grid;
    return grid;
  }
}

function blank(grid: Grid): void {
  grid.cells.push('');
  grid.styles.push(null);
}

function finishGrid({ cells, styles }: Grid): AnsiLine {
  let last = cells.length;
  while (last > 0 && cells[last - 1] === '') last--; // erased cells at the end are not text
  const chars: string[] = [];
  const spans: AnsiSpan[] = [];
  let offset = 0;
  let runStart = 0;
  let runStyle: AnsiStyle | null = null;
  for (let i = 0; i < last; i++) {
    const style = styles[i] ?? null;
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
