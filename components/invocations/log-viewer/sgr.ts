import { type AnsiColor, type AnsiStyle } from '@/components/invocations/log-viewer/ansi-types';

type MutableStyle = { -readonly [K in keyof AnsiStyle]: AnsiStyle[K] };

/**
 * Applies the parameters of one SGR sequence (`ESC [ params m`) to `style` and returns the
 * new style, or null when everything is back to default. Unknown codes are ignored, as a
 * terminal would. Returns `style` itself when nothing changed, so callers can compare
 * styles by reference when merging runs.
 */
export function applySgr(style: AnsiStyle | null, params: string): AnsiStyle | null {
  // Output repeats the same few sequences thousands of times (`ESC[32m`, `ESC[0m`): a cache
  // keyed by the current style object returns the same result object, without allocating.
  let byParams = cache.get(style);
  const hit = byParams?.get(params);
  if (hit !== undefined) return hit;
  const result = computeSgr(style, params);
  if (cached >= CACHE_LIMIT) {
    cache.clear(); // a truecolour gradient could otherwise grow it without bound
    cached = 0;
    byParams = undefined;
  }
  if (!byParams) cache.set(style, (byParams = new Map()));
  byParams.set(params, result);
  cached++;
  return result;
}

const CACHE_LIMIT = 4096;
const cache = new Map<AnsiStyle | null, Map<string, AnsiStyle | null>>();
let cached = 0;

function computeSgr(style: AnsiStyle | null, params: string): AnsiStyle | null {
  const next: MutableStyle = { ...style };
  const parts = params.split(';');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    // ITU T.416 form: `38:2::r:g:b`, `38:5:n`, `4:0`; sub-parameters stay within one part.
    const sub = part.includes(':') ? part.split(':').map(toNumber) : null;
    const code = sub ? (sub[0] ?? 0) : toNumber(part);
    if (code === 38 || code === 48 || code === 58) {
      let color: AnsiColor | undefined;
      if (sub) color = extendedFromColon(sub);
      else {
        const read = extendedFromSemicolons(parts, i + 1);
        color = read.color;
        i += read.consumed;
      }
      // 58 is the underline colour: consumed so its numbers are not read as codes.
      if (color !== undefined && code === 38) next.fg = color;
      if (color !== undefined && code === 48) next.bg = color;
      continue;
    }
    applyCode(next, code, sub);
  }
  return normalise(style, next);
}

function applyCode(s: MutableStyle, code: number, sub: number[] | null): void {
  if (code >= 30 && code <= 37) s.fg = code - 30;
  else if (code >= 40 && code <= 47) s.bg = code - 40;
  else if (code >= 90 && code <= 97) s.fg = code - 90 + 8;
  else if (code >= 100 && code <= 107) s.bg = code - 100 + 8;
  else {
    switch (code) {
      case 0:
        for (const key of Object.keys(s) as (keyof MutableStyle)[]) delete s[key];
        break;
      case 1: s.bold = true; break;
      case 2: s.dim = true; break;
      case 3: s.italic = true; break;
      // `4:0` means "no underline"; `4:3` (curly) and the rest are still an underline.
      case 4: if (sub?.[1] === 0) delete s.underline; else s.underline = true; break;
      case 7: s.inverse = true; break;
      case 9: s.strike = true; break;
      case 21: s.underline = true; break; // double underline (ECMA-48)
      case 22: delete s.bold; delete s.dim; break;
      case 23: delete s.italic; break;
      case 24: delete s.underline; break;
      case 27: delete s.inverse; break;
      case 29: delete s.strike; break;
      case 39: delete s.fg; break;
      case 49: delete s.bg; break;
      default: break; // blink, conceal, fonts, frames: no sensible rendering in a log
    }
  }
}

/** `38;5;n` or `38;2;r;g;b`: returns the colour and how many following parts it used. */
function extendedFromSemicolons(parts: string[], from: number): { color: AnsiColor | undefined; consumed: number } {
  // A missing part (the sequence ended early) is invalid, unlike an empty one, which is 0.
  const at = (i: number) => (i < parts.length ? toNumber(parts[i] ?? '') : -1);
  const mode = at(from);
  if (mode === 5) return { color: paletteIndex(at(from + 1)), consumed: 2 };
  if (mode === 2) {
    const rgb = [at(from + 1), at(from + 2), at(from + 3)];
    return { color: truecolor(rgb), consumed: 4 };
  }
  return { color: undefined, consumed: 1 };
}

/** `38:5:n`, `38:2:r:g:b` or `38:2:colourspace:r:g:b`. */
function extendedFromColon(sub: number[]): AnsiColor | undefined {
  if (sub[1] === 5) return paletteIndex(sub[2] ?? -1);
  if (sub[1] === 2) return truecolor(sub.length >= 6 ? sub.slice(3, 6) : sub.slice(2, 5));
  return undefined;
}

function paletteIndex(n: number): AnsiColor | undefined {
  return Number.isInteger(n) && n >= 0 && n <= 255 ? n : undefined;
}

function truecolor(rgb: number[]): AnsiColor | undefined {
  if (rgb.length !== 3 || rgb.some((c) => !Number.isInteger(c) || c < 0 || c > 255)) return undefined;
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** An empty parameter counts as 0 (`ESC[m`, `ESC[;1m`); garbage is -1, which no code uses. */
function toNumber(part: string): number {
  if (part === '') return 0;
  const n = Number(part);
  return Number.isInteger(n) ? n : -1;
}

const KEYS = ['fg', 'bg', 'bold', 'dim', 'italic', 'underline', 'inverse', 'strike'] as const;

function normalise(previous: AnsiStyle | null, next: MutableStyle): AnsiStyle | null {
  if (!KEYS.some((key) => next[key] !== undefined)) return null;
  if (previous && KEYS.every((key) => previous[key] === next[key])) return previous;
  return next;
}

/** Same attributes, whatever the object identity. */
export function sameStyle(a: AnsiStyle | null, b: AnsiStyle | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return KEYS.every((key) => a[key] === b[key]);
}
