import cronstrue from 'cronstrue';
import { zoneLabel } from '@/lib/schedule/time-zone';
import type { ParsedFrequency, RateUnit } from '@/lib/schedule/types';

const UNIT_WORDS: Readonly<Record<RateUnit, string>> = { s: 'second', m: 'minute', h: 'hour', d: 'day' };
const MAX_CACHE = 256;
const cache = new Map<string, string>();

/**
 * The schedule in words, with its time zone, e.g. "At 02:00, Monday through Friday
 * (Asia/Shanghai)", in 24-hour time like the run times beside it. cronstrue reads
 * `describeInput`, where weekdays are already names.
 */
export function describeFrequency(frequency: ParsedFrequency): string {
  if (frequency.kind === 'rate') {
    const { amount, unit } = frequency;
    const every = amount === 1 ? UNIT_WORDS[unit] : `${amount} ${UNIT_WORDS[unit]}s`;
    return `Every ${every}, counted from when the task is created`;
  }
  if (frequency.kind === 'at') {
    return `Once, at ${frequency.local} ${frequency.zone ? zoneLabel(frequency.zone) : 'UTC'}`;
  }
  const where = frequency.zone ? zoneLabel(frequency.zone) : "on each instance's own clock";
  return `${cronWords(frequency.describeInput)} (${where})`;
}

function cronWords(input: string): string {
  let words = cache.get(input);
  if (words === undefined) {
    words = cronstrue.toString(input, { use24HourTimeFormat: true, verbose: false, throwExceptionOnParseError: false });
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(input, words);
  }
  return words;
}
