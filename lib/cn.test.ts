import { twMerge } from 'tailwind-merge';
import { describe, expect, it } from 'vitest';

import { cn } from '@/lib/cn';

// Overrides the app makes: a control's or a button's classes, then a caller's.
const OVERRIDES: [string, string, string][] = [
  ['block w-full rounded-md border border-line-strong bg-surface px-3 text-sm h-9', 'h-8 w-32 shrink-0 rounded-r-none pr-7 text-[13px] focus:z-10 sm:w-36', 'h-8 w-32'],
  ['max-h-64 overflow-y-auto rounded-md border border-line', 'border-rose-500', 'border-rose-500'],
  ['inline-flex items-center bg-surface text-ink shadow-xs hover:bg-surface-2', 'cursor-not-allowed text-faint shadow-none hover:bg-surface', 'text-faint shadow-none hover:bg-surface'],
  ['block w-full border border-line-strong px-3 h-9', 'h-8 px-2 text-[13px] tabular border-accent-400 dark:border-accent-700', 'px-2'],
  ['size-7 shrink-0', 'size-10', 'size-10'],
  ['p-3 font-medium', 'px-2 font-semibold', 'p-3 px-2 font-semibold'],
  ['px-3 py-1', 'p-0', 'p-0'],
  ['rounded-md', '-ml-px rounded-none font-mono', 'rounded-none'],
  ['text-sm text-muted', 'text-xs font-medium text-rose-600 dark:text-rose-400', 'text-xs font-medium text-rose-600 dark:text-rose-400'],
  ['flex gap-3 rounded-md border px-3.5 py-3 text-sm', 'mt-2 hidden sm:flex', 'mt-2 hidden sm:flex'],
  ['ring-1 ring-inset ring-line', 'ring-rose-300', 'ring-1 ring-inset ring-rose-300'],
  ['w-4 h-4', 'size-5', 'size-5'],
];

describe('cn', () => {
  it.each(OVERRIDES)('lets the later class win: %s + %s', (base, extra, expected) => {
    const joined = cn(base, extra);
    for (const winner of expected.split(' ')) expect(joined.split(' ')).toContain(winner);
    // The same answer as tailwind-merge, which this replaces in the browser.
    expect(new Set(joined.split(' '))).toEqual(new Set(twMerge(base, extra).split(' ')));
  });

  it('keeps classes that set different things', () => {
    expect(cn('text-sm text-muted font-mono font-medium border border-line ring-1 ring-inset ring-line')).toBe('text-sm text-muted font-mono font-medium border border-line ring-1 ring-inset ring-line');
  });

  it('keeps a variant apart from the base class', () => {
    expect(cn('bg-surface hover:bg-surface-2 dark:bg-black', 'dark:hover:bg-white')).toBe('bg-surface hover:bg-surface-2 dark:bg-black dark:hover:bg-white');
  });

  it('drops falsy parts and repeated classes', () => {
    expect(cn('tabular', false, null, undefined, { 'font-mono': true, hidden: false }, 'tabular')).toBe('font-mono tabular');
  });

  it('reads colons inside brackets as part of the value', () => {
    expect(cn('[animation-duration:2s] animate-spin', 'animate-pulse')).toBe('[animation-duration:2s] animate-pulse');
  });
});
