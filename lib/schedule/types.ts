/**
 * Shapes of the Cloud Assistant Frequency dialect once parsed. Plain data only (no Date, no
 * class instances) so a parsed frequency can cross a server action or be stored as JSON.
 */

/** A resolved time-zone suffix. `fixed` covers `UTC`, `GMT` and `GMT+8:00`-style offsets. */
export type ZoneSpec =
  | { kind: 'iana'; name: string }
  | { kind: 'fixed'; offsetMinutes: number; label: string };

/** The cron fields exactly as written (after whitespace normalisation). */
export type CronFieldTexts = {
  second: string;
  minute: string;
  hour: string;
  dayOfMonth: string;
  month: string;
  dayOfWeek: string;
  /** null when the expression has no year field. */
  year: string | null;
};

type FrequencyBase = {
  /** The expression to send: trimmed, runs of whitespace collapsed to one space. */
  text: string;
  /** The time-zone suffix as written (`Asia/Shanghai`, `GMT+8:00`, `UTC`), or null when absent. */
  timeZone: string | null;
  /**
   * The zone the schedule is read in. null only for a cron without suffix, which runs on
   * each instance's own clock; an `at()` without suffix is UTC.
   */
  zone: ZoneSpec | null;
};

export type CronFrequency = FrequencyBase & {
  kind: 'cron';
  fields: CronFieldTexts;
  /** croner pattern: 7 numeric fields, Sunday = 0, `?` as `*`, years bounded to 2099 like the agent. */
  pattern: string;
  /** cronstrue input: weekday names instead of numbers so the words cannot be off by one. */
  describeInput: string;
};

export type RateUnit = 's' | 'm' | 'h' | 'd';

export type RateFrequency = FrequencyBase & {
  kind: 'rate';
  amount: number;
  unit: RateUnit;
  intervalSeconds: number;
};

export type AtFrequency = FrequencyBase & {
  kind: 'at';
  /** The wall time as written, `yyyy-MM-dd HH:mm:ss`. */
  local: string;
  /** The instant it names, ISO 8601 in UTC. */
  runAt: string;
};

export type ParsedFrequency = CronFrequency | RateFrequency | AtFrequency;

export type ParseFrequencyOptions = {
  /** The moment "now" (for `at()` in the past, past years, schedules with no future run). */
  now?: Date;
  /** The task's Timeout; cron and rate intervals must be longer than it. */
  timeoutSeconds?: number;
};

export type ParseFrequencyResult =
  | { ok: true; frequency: ParsedFrequency }
  | { ok: false; message: string };

/** Internal result type for the pieces of the parser. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };
