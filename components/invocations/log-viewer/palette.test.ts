import { describe, expect, it } from 'vitest';

import { spanLook, toHex } from '@/components/invocations/log-viewer/palette';

describe('spanLook', () => {
  it('leaves default text alone', () => {
    expect(spanLook(null)).toBeNull();
  });

  it('gives the 16 named colours a shade for each theme', () => {
    expect(spanLook({ fg: 1 })?.className).toBe('text-red-700 dark:text-red-400');
    expect(spanLook({ fg: 0 })?.className).toContain('dark:text-zinc-500'); // black still shows on dark
    expect(spanLook({ fg: 15 })?.className).toContain('text-zinc-950'); // white still shows on light
  });

  it('puts readable text on a coloured background when the program set none', () => {
    expect(spanLook({ bg: 1 })?.className).toBe('bg-red-600 text-white');
    expect(spanLook({ bg: 11 })?.className).toBe('bg-yellow-300 text-zinc-950');
    expect(spanLook({ bg: '#ffffe0' })).toEqual({ className: 'text-zinc-950', style: { backgroundColor: '#ffffe0' } });
    expect(spanLook({ bg: 17 })).toEqual({ className: 'text-white', style: { backgroundColor: '#00005f' } });
  });

  it('clamps the lightness of 256-colour and truecolour text per theme', () => {
    const look = spanLook({ fg: '#000080' });
    expect(look?.style).toEqual({ '--ansi-fg': '#000080' });
    expect(look?.className).toMatch(/oklch\(from_var\(--ansi-fg\)_min\(l,[\d.]+\).*dark:.*max\(l,[\d.]+\)/);
  });

  it('swaps colours for inverse, using the theme ink and surface for defaults', () => {
    expect(spanLook({ inverse: true })?.className).toBe('bg-ink text-surface');
    expect(spanLook({ inverse: true, fg: 2 })?.className).toBe('bg-green-600 text-surface');
  });

  it('maps attributes, keeping underline and strike-through together', () => {
    expect(spanLook({ bold: true, dim: true, italic: true })?.className).toBe('font-bold opacity-60 italic');
    expect(spanLook({ underline: true, strike: true })?.className).toBe('[text-decoration-line:underline_line-through]');
  });

  it('marks search hits, the current one without relying on the text colour', () => {
    expect(spanLook(null, 'match')?.className).toMatch(/^text-ink .*bg-amber-200/);
    expect(spanLook({ fg: 1, bg: 4 }, 'match')?.className).not.toContain('bg-blue');
    expect(spanLook({ fg: 1 }, 'current')?.className).not.toContain('text-red');
    expect(spanLook({ fg: 1 }, 'current')?.className).toContain('outline');
  });
});

describe('toHex', () => {
  it('converts the 6×6×6 cube and the grey ramp', () => {
    expect(toHex(16)).toBe('#000000');
    expect(toHex(196)).toBe('#ff0000');
    expect(toHex(208)).toBe('#ff8700');
    expect(toHex(231)).toBe('#ffffff');
    expect(toHex(232)).toBe('#080808');
    expect(toHex(255)).toBe('#eeeeee');
    expect(toHex('#123456')).toBe('#123456');
  });
});
