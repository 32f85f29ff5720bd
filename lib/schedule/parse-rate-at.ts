import { cronFor } from '@/lib/schedule/croner-cache';
import { MAX_RATE_SECONDS, MIN_RATE_SECONDS, timeoutProblem } from '@/lib/schedule/interval-rules';
import { parseZoneSuffix } from '@/lib/schedule/time-zone';
import type { AtFrequency, Checked, RateFrequency, RateUnit } from '@/lib/schedule/types';

const DAY_MS = 86_400_000;
const UNIT_SECONDS: Readonly<Record<RateUnit, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };
// The agent matches the whole string, case-insensitively; the API docs write it without spaces.
const RATE = /^rate\((\d+)([smhd])\)$/i;
const AT = /^at\((\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?: (\S+))?\)$/i;

type Context = { nowMs: number; timeoutSeconds?: number };

export function parseRate(text: string, context: Context): Checked<RateFrequency> {
  const match = RATE.exec(text);
  if (!match) {
    return fail(`Frequency: write a rate as rate(<number><unit>) with unit s, m, h or d and no spaces, e.g. rate(5m); got ${text}.`);
  }
  const amount = Number(match[1]);
  const unit = (match[2] ?? 's').toLowerCase() as RateUnit;
  const intervalSeconds = amount * UNIT_SECONDS[unit];
  if (amount < 1) return fail('Frequency: a rate must be at least 1, as in rate(1m); rate(0…) never runs.');
  if (intervalSeconds < MIN_RATE_SECONDS) {
    return fail(`Frequency: ${text} is too frequent; a rate must be at least 60 seconds, e.g. rate(1m).`);
  }
  if (intervalSeconds > MAX_RATE_SECONDS) {
    return fail(`Frequency: ${text} is too long; a rate can be at most 7 days, e.g. rate(7d). Use a cron expression for longer cycles.`);
  }
  const problem = timeoutProblem(intervalSeconds, context.timeoutSeconds, `${text} runs every`, 'longer');
  if (problem) return fail(problem);
  return { ok: true, value: { kind: 'rate', text, timeZone: null, zone: null, amount, unit, intervalSeconds } };
}

export function parseAt(text: string, context: Context): Checked<AtFrequency> {
  const match = AT.exec(text);
  if (!match) {
    return fail(`Frequency: write a one-off time as at(yyyy-MM-dd HH:mm:ss), optionally with a time zone, e.g. at(2030-01-01 00:00:00 UTC); got ${text}.`);
  }
  const [, year = '', month = '', day = '', hour = '', minute = '', second = '', zoneText] = match;
  const numbers = [year, month, day, hour, minute, second].map(Number) as [number, number, number, number, number, number];
  const [y, mo, d, h, mi, s] = numbers;
  // Date.UTC reads years 0–99 as 1900–1999, and the agent's clock starts in 1970 anyway.
  if (y < 1970) return fail(`Frequency: ${text} is in the past; choose a time in the future.`);
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || mo > 12 || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) {
    return fail(`Frequency: ${year}-${month}-${day} is not a date on the calendar; check the month and day.`);
  }
  if (h > 23 || mi > 59 || s > 59) return fail(`Frequency: ${hour}:${minute}:${second} is not a time; use 00:00:00 to 23:59:59.`);

  const zone = zoneText === undefined ? null : parseZoneSuffix(zoneText, 'at');
  if (zone && !zone.ok) return zone;
  const spec = zone ? zone.value : ({ kind: 'fixed', offsetMinutes: 0, label: 'UTC' } as const);
  const local = `${year}-${month}-${day} ${hour}:${minute}:${second}`;
  let runAtMs: number;
  if (spec.kind === 'fixed') {
    runAtMs = Date.UTC(y, mo - 1, d, h, mi, s) - spec.offsetMinutes * 60_000;
  } else {
    // croner resolves the wall time in the zone, DST gaps and repeats included. A one-field-each
    // pattern, not an ISO string: croner reads those through the runtime's own zone first.
    const pattern = `${s} ${mi} ${h} ${d} ${mo} * ${y}`;
    const once = cronFor(pattern, spec.name).nextRun(new Date(Date.UTC(y, mo - 1, d) - 2 * DAY_MS));
    if (!once) return fail(`Frequency: ${local} cannot be read in ${spec.name}.`);
    runAtMs = once.getTime();
  }
  if (runAtMs <= context.nowMs) {
    return fail(`Frequency: ${text} is in the past; choose a time in the future.`);
  }
  return {
    ok: true,
    value: { kind: 'at', text, timeZone: zoneText ?? null, zone: spec, local, runAt: new Date(runAtMs).toISOString() },
  };
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}
