/**
 * Formatting shared by server and client components. None of it uses Intl: a page's first Intl
 * call loads the browser's locale data, about 30 ms of main thread (over 100 ms on a phone), and
 * each `toLocaleString` builds a new formatter. The outputs match Intl's `en` ones (see its tests).
 */

type Unit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

const UNITS: [Unit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

/** Intl's short `en` words: "yr.", and for ±1 with numeric "auto" "last yr." / "next yr.". */
const SHORT: Record<Unit, { one: string; many: string; zero: string; last?: string; next?: string }> = {
  year: { one: 'yr.', many: 'yr.', zero: 'this yr.', last: 'last yr.', next: 'next yr.' },
  month: { one: 'mo.', many: 'mo.', zero: 'this mo.', last: 'last mo.', next: 'next mo.' },
  week: { one: 'wk.', many: 'wk.', zero: 'this wk.', last: 'last wk.', next: 'next wk.' },
  day: { one: 'day', many: 'days', zero: 'today', last: 'yesterday', next: 'tomorrow' },
  hour: { one: 'hr.', many: 'hr.', zero: 'this hour' },
  minute: { one: 'min.', many: 'min.', zero: 'this minute' },
  second: { one: 'sec.', many: 'sec.', zero: 'now' },
};

/** As `Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'short' }).format(value, unit)`. */
export function relativeWords(value: number, unit: Unit): string {
  const words = SHORT[unit];
  if (value === -1 && words.last) return words.last;
  if (value === 1 && words.next) return words.next;
  if (value === 0) return words.zero;
  const amount = `${formatNumber(Math.abs(value))} ${Math.abs(value) === 1 ? words.one : words.many}`;
  return value < 0 ? `${amount} ago` : `in ${amount}`;
}

/** "3 min. ago", "in 2 hr.", "yesterday". */
export function formatRelative(date: Date, now: Date = new Date()): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  if (Math.abs(seconds) < 10) return 'just now';
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relativeWords(Math.trunc(seconds / size), unit);
  }
  return relativeWords(seconds, 'second');
}

/** As `n.toLocaleString('en-US')`: "1,234,567", at most three decimals. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return n !== n ? 'NaN' : n > 0 ? '∞' : '-∞';
  const [whole = '0', fraction] = (Number.isInteger(n) ? String(Math.abs(n)) : Math.abs(n).toFixed(3).replace(/\.?0+$/, '')).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** "2026-11-28 02:00:00 UTC". */
export function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
