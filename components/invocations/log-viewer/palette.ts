import { type CSSProperties } from 'react';

import { type AnsiColor, type AnsiStyle } from '@/components/invocations/log-viewer/ansi-types';

/** How one run of text looks: Tailwind classes, plus inline colours for 256/truecolour. */
export interface SpanLook {
  className: string;
  style?: CSSProperties;
}

type Mark = 'none' | 'match' | 'current';

// The 16 named colours as text on the viewer's own surface. Programs pick them for a black
// terminal, so each has a light-theme shade (≈ -700, readable on white) and a dark-theme
// shade (≈ -400); "black" and "white" become greys that show on both.
const FG = [
  'text-zinc-950 dark:text-zinc-500',
  'text-red-700 dark:text-red-400',
  'text-green-700 dark:text-green-400',
  'text-amber-700 dark:text-yellow-300',
  'text-blue-700 dark:text-blue-400',
  'text-fuchsia-700 dark:text-fuchsia-400',
  'text-cyan-700 dark:text-cyan-400',
  'text-zinc-600 dark:text-zinc-300',
  'text-zinc-500 dark:text-zinc-400',
  'text-red-600 dark:text-red-300',
  'text-green-600 dark:text-green-300',
  'text-amber-600 dark:text-yellow-200',
  'text-blue-600 dark:text-blue-300',
  'text-fuchsia-600 dark:text-fuchsia-300',
  'text-cyan-600 dark:text-cyan-300',
  'text-zinc-950 dark:text-white',
] as const;

// On a coloured background the pair is the program's choice, as in any terminal, so these
// are fixed: the same in both themes.
const FG_ON_BG = [
  'text-zinc-950', 'text-red-700', 'text-green-700', 'text-yellow-600', 'text-blue-700', 'text-fuchsia-700', 'text-cyan-700', 'text-zinc-200',
  'text-zinc-500', 'text-red-500', 'text-green-500', 'text-yellow-300', 'text-blue-500', 'text-fuchsia-500', 'text-cyan-400', 'text-white',
] as const;

const BG = [
  'bg-zinc-900', 'bg-red-600', 'bg-green-600', 'bg-yellow-400', 'bg-blue-600', 'bg-fuchsia-600', 'bg-cyan-500', 'bg-zinc-200',
  'bg-zinc-500', 'bg-red-400', 'bg-green-400', 'bg-yellow-300', 'bg-blue-400', 'bg-fuchsia-400', 'bg-cyan-300', 'bg-white',
] as const;

/** Text for a background with no colour of its own: whichever of light or dark reads. */
const INK_ON_BG = [
  'text-zinc-100', 'text-white', 'text-white', 'text-zinc-950', 'text-white', 'text-white', 'text-zinc-950', 'text-zinc-950',
  'text-white', 'text-zinc-950', 'text-zinc-950', 'text-zinc-950', 'text-zinc-950', 'text-zinc-950', 'text-zinc-950', 'text-zinc-950',
] as const;

// 256-colour and truecolour text on the surface: the exact colour with its lightness
// clamped per theme (relative colour syntax), so dark blue stays readable on the dark
// theme and pale yellow on the light one. Browsers without it fall back to the ink colour.
const CLAMPED_FG = '[color:oklch(from_var(--ansi-fg)_min(l,0.55)_c_h)] dark:[color:oklch(from_var(--ansi-fg)_max(l,0.72)_c_h)]';

const MARK = {
  match: 'rounded-[2px] bg-amber-200 dark:bg-amber-400/35',
  // Strong and outlined, and the counter says which one it is: not colour alone.
  current: 'rounded-[2px] bg-orange-400 text-zinc-950 outline outline-orange-700 dark:bg-orange-400 dark:outline-orange-200',
} as const;

const looks = new WeakMap<AnsiStyle, SpanLook>();

/** The look of `style` (null: default text), with a search highlight on top if any. */
export function spanLook(style: AnsiStyle | null, mark: Mark = 'none'): SpanLook | null {
  if (mark === 'current') return { className: join([attributes(style), MARK.current]) };
  if (mark === 'match') {
    // Keep the text colour, drop any background for the highlight's; <mark>'s own black
    // text would vanish on the dark theme, so uncoloured text takes the ink colour.
    const fg = style?.fg === undefined ? { className: 'text-ink', style: undefined } : colours({ fg: style.fg });
    return { className: join([fg.className, attributes(style), MARK.match]), style: fg.style };
  }
  if (!style) return null;
  let look = looks.get(style);
  if (!look) {
    const colour = colours(style);
    look = { className: join([colour.className, attributes(style)]), style: colour.style };
    looks.set(style, look);
  }
  return look;
}

function attributes(style: AnsiStyle | null): string {
  if (!style) return '';
  const classes = [style.bold && 'font-bold', style.dim && 'opacity-60', style.italic && 'italic'];
  if (style.underline && style.strike) classes.push('[text-decoration-line:underline_line-through]');
  else classes.push(style.underline && 'underline underline-offset-2', style.strike && 'line-through');
  return join(classes);
}

function colours(style: AnsiStyle): SpanLook {
  // Inverse swaps the two; a default colour swaps to the theme's own ink or surface.
  const fg: AnsiColor | 'surface' | undefined = style.inverse ? (style.bg ?? 'surface') : style.fg;
  const bg: AnsiColor | 'ink' | undefined = style.inverse ? (style.fg ?? 'ink') : style.bg;
  const classes: string[] = [];
  const css: CSSProperties & Record<`--${string}`, string> = {};

  if (bg === 'ink') classes.push('bg-ink');
  else if (typeof bg === 'number' && bg < 16) classes.push(BG[bg] ?? '');
  else if (bg !== undefined) css.backgroundColor = toHex(bg);

  if (fg === 'surface') classes.push('text-surface');
  else if (fg === undefined) {
    if (bg === 'ink') classes.push('text-surface');
    else if (typeof bg === 'number' && bg < 16) classes.push(INK_ON_BG[bg] ?? '');
    else if (bg !== undefined) classes.push(isLight(toHex(bg)) ? 'text-zinc-950' : 'text-white');
  } else if (typeof fg === 'number' && fg < 16) classes.push((bg === undefined ? FG[fg] : FG_ON_BG[fg]) ?? '');
  else if (bg === undefined) {
    css['--ansi-fg'] = toHex(fg);
    classes.push(CLAMPED_FG);
  } else css.color = toHex(fg);

  return { className: join(classes), style: Object.keys(css).length > 0 ? css : undefined };
}

const CUBE = [0, 95, 135, 175, 215, 255];

/** A palette index (16–255) or truecolour as `#rrggbb`; 0–15 never get here. */
export function toHex(color: AnsiColor): string {
  if (typeof color === 'string') return color;
  let rgb: number[];
  if (color >= 232) rgb = Array(3).fill(8 + (color - 232) * 10) as number[];
  else {
    const i = color - 16;
    rgb = [CUBE[Math.floor(i / 36)] ?? 0, CUBE[Math.floor(i / 6) % 6] ?? 0, CUBE[i % 6] ?? 0];
  }
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance above the point where black text reads better than white. */
function isLight(hex: string): boolean {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0) > 0.179;
}

function join(classes: readonly (string | false | undefined)[]): string {
  return classes.filter(Boolean).join(' ');
}
