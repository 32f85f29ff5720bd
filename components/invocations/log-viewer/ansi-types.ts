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
