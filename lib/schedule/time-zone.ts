import type { Checked, ZoneSpec } from '@/lib/schedule/types';

/**
 * The time-zone suffix of the dialect, checked the way the Cloud Assistant agent reads it:
 * an IANA name (it must contain `/`), `GMT+8:00`-style offsets without a leading zero in the
 * hour, or the abbreviation `UTC` (cron also takes `GMT`). Zone facts come from `Intl`.
 */

const SUGGEST = 'use an IANA name such as Asia/Shanghai, a GMT offset such as GMT+8:00, or UTC';
const OFFSET = /^GMT([+-])(\d{1,2}):(\d{1,2})$/;
// Alibaba documents GMT-12:59 to GMT+14:59 (the agent's regex alone would also take GMT-14).
const MAX_EAST_MINUTES = 14 * 60 + 59;
const MAX_WEST_MINUTES = 12 * 60 + 59;

const ianaCache = new Map<string, string | null>();

/** The canonical spelling Intl gives an IANA name, or null when Intl does not know it. */
function resolveIanaName(name: string): string | null {
  const cached = ianaCache.get(name);
  if (cached !== undefined) return cached;
  let resolved: string | null;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    resolved = null;
  }
  ianaCache.set(name, resolved);
  return resolved;
}

export function parseZoneSuffix(text: string, form: 'cron' | 'at'): Checked<ZoneSpec> {
  if (text.includes('/')) return parseIana(text);
  if (text === 'UTC') return { ok: true, value: { kind: 'fixed', offsetMinutes: 0, label: 'UTC' } };
  if (text === 'GMT') {
    if (form === 'cron') return { ok: true, value: { kind: 'fixed', offsetMinutes: 0, label: 'GMT' } };
    return fail('Frequency: at() takes UTC as its only abbreviation; write UTC instead of GMT.');
  }
  if (/^(utc|gmt)$/i.test(text)) return fail(`Frequency: write the time zone ${text} in capitals, as ${text.toUpperCase()}.`);
  if (/^(UTC|GMT)?[+-]/i.test(text)) return parseOffset(text);
  return fail(`Frequency: the time zone ${text} is not accepted; ${SUGGEST}.`);
}

function parseIana(text: string): Checked<ZoneSpec> {
  const resolved = resolveIanaName(text);
  if (resolved === null) return fail(`Frequency: ${text} is not a known IANA time zone; ${SUGGEST}.`);
  // Instances look the name up as a file, so the spelling has to be exact.
  if (resolved !== text && resolved.toLowerCase() === text.toLowerCase()) {
    return fail(`Frequency: time-zone names are case-sensitive; write ${resolved} instead of ${text}.`);
  }
  return { ok: true, value: { kind: 'iana', name: text } };
}

function parseOffset(text: string): Checked<ZoneSpec> {
  const form = 'write a GMT offset as GMT+8:00 or GMT-7:00';
  if (/^UTC[+-]/i.test(text)) return fail(`Frequency: ${form} (GMT, not UTC, before the sign).`);
  const match = OFFSET.exec(text);
  if (!match) return fail(`Frequency: ${text} is not a valid offset; ${form}.`);
  const [, sign = '+', hourText = '', minuteText = ''] = match;
  if (hourText.length === 2 && hourText.startsWith('0')) {
    return fail(`Frequency: ${text} has a leading zero in the hour; write GMT${sign}${Number(hourText)}:${minuteText}.`);
  }
  if (minuteText.length !== 2 || Number(minuteText) > 59) {
    return fail(`Frequency: the minutes of ${text} must be two digits from 00 to 59, as in GMT+5:30.`);
  }
  const magnitude = Number(hourText) * 60 + Number(minuteText);
  const limit = sign === '+' ? MAX_EAST_MINUTES : MAX_WEST_MINUTES;
  if (magnitude > limit) {
    return fail(`Frequency: ${text} is out of range; offsets run from GMT-12:59 to GMT+14:59.`);
  }
  return { ok: true, value: { kind: 'fixed', offsetMinutes: sign === '+' ? magnitude : -magnitude, label: text } };
}

/** Turns a zone name given by code (a default or viewer zone) into a ZoneSpec, or throws. */
export function zoneFromName(name: string): ZoneSpec {
  if (name === 'UTC' || name === 'Etc/UTC' || name === 'GMT') {
    return { kind: 'fixed', offsetMinutes: 0, label: name };
  }
  const parsed = parseZoneSuffix(name, 'cron');
  if (parsed.ok) return parsed.value;
  if (resolveIanaName(name) !== null) return { kind: 'iana', name };
  throw new RangeError(`Unknown time zone: ${name}`);
}

export function zoneLabel(zone: ZoneSpec): string {
  return zone.kind === 'iana' ? zone.name : zone.label;
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}
