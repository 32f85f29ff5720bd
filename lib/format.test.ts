import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { formatCount, formatNumber, formatRelative, relativeWords } from './format';

// The formatters avoid Intl for the browser's sake; Intl (full ICU in Node) is the reference.
const intlRelative = new Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'short' });
const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;

describe('formatNumber', () => {
  it('groups as toLocaleString("en-US") does, for integers and up to three decimals', () => {
    fc.assert(fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
      expect(formatNumber(n)).toBe(n.toLocaleString('en-US'));
    }), { numRuns: 2_000 });
    fc.assert(fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (n) => {
      expect(formatNumber(n)).toBe(n.toLocaleString('en-US'));
    }), { numRuns: 2_000 });
    expect(formatNumber(1_234_567)).toBe('1,234,567');
    expect(formatNumber(-0.0004)).toBe('-0');
  });

  it('counts with a noun', () => {
    expect(formatCount(1, 'instance')).toBe('1 instance');
    expect(formatCount(12_000, 'launch', 'launches')).toBe('12,000 launches');
  });
});

describe('relative time', () => {
  it('words every unit as Intl.RelativeTimeFormat("en", short, numeric auto) does', () => {
    fc.assert(fc.property(fc.integer({ min: -5_000, max: 5_000 }), fc.constantFrom(...UNITS), (value, unit) => {
      expect(relativeWords(value, unit)).toBe(intlRelative.format(value, unit));
    }), { numRuns: 3_000 });
  });

  it('picks the largest whole unit, and says "just now" within ten seconds', () => {
    const now = new Date('2026-12-07T12:00:00Z');
    const ago = (seconds: number) => formatRelative(new Date(now.getTime() - seconds * 1000), now);
    expect(ago(3)).toBe('just now');
    expect(ago(-9)).toBe('just now');
    expect(ago(42)).toBe('42 sec. ago');
    expect(ago(150)).toBe('2 min. ago');
    expect(ago(-7_200)).toBe('in 2 hr.');
    expect(ago(86_400 + 5)).toBe('yesterday');
    expect(ago(3 * 86_400)).toBe('3 days ago');
    expect(ago(400 * 86_400)).toBe('last yr.');
  });
});
