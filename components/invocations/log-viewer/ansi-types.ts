/**
 * A colour as the program asked for it: a palette index (0–255; 0–15 are the terminal's
 * 16 named colours, which follow the theme) or a truecolour `#rrggbb`.
 */
export type AnsiColor = number | `#${string}`;

/** Text attributes set by SGR (`ESC [ … m`). Absent means off or the default colour. */
export interface AnsiStyle {
  readonly fg?: AnsiColor;
  readonly bg?: AnsiColor;
  readonly bold?: true;
  readonly dim?: true;
  readonly italic?: true;
  readonly underline?: true;
  readonly inverse?: true;
  readonly strike?: true;
}

/** A styled run of `AnsiLine.text`, in UTF-16 offsets, end exclusive. */
export interface AnsiSpan {
  readonly start: number;
  readonly end: number;
  readonly style: AnsiStyle;
}

/** One output line: the plain text (no escape codes) and its styled runs. */
export interface AnsiLine {
  readonly text: string;
  /** Only the styled runs, in order and not overlapping; text outside them is unstyled. */
  readonly spans: readonly AnsiSpan[];
}

/**
 * A line as the viewer stores it: the bare text when nothing on it is styled (most lines
 * of real output), an `AnsiLine` otherwise. A 5 MB output has ~100,000 lines, and not
 * wrapping the plain ones in objects makes parsing it about a third faster.
 */
export type StoredLine = string | AnsiLine;

const NO_SPANS: readonly AnsiSpan[] = Object.freeze([]);

export function lineText(line: StoredLine): string {
  return typeof line === 'string' ? line : line.text;
}

export function toAnsiLine(line: StoredLine): AnsiLine {
  return typeof line === 'string' ? { text: line, spans: NO_SPANS } : line;
}
