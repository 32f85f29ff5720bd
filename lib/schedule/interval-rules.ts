/**
 * The interval rules shared by cron and rate: at least 10 s between cron runs, 60 s–7 d for a
 * rate. Against the task timeout the API differs by form (reference §4): a rate must be
 * strictly longer than the timeout, a cron gap may equal it.
 */

export const MIN_CRON_GAP_SECONDS = 10;
export const MIN_RATE_SECONDS = 60;
export const MAX_RATE_SECONDS = 7 * 86_400;

/** How an interval must compare with the timeout: a rate `longer`, a cron gap `at-least` as long. */
export type TimeoutRule = 'longer' | 'at-least';

/** The smallest whole-second cron gap that passes: 10 s, or the timeout itself. */
export function smallestAllowedGap(timeoutSeconds: number | undefined): number {
  if (timeoutSeconds === undefined || !Number.isFinite(timeoutSeconds)) return MIN_CRON_GAP_SECONDS;
  return Math.max(MIN_CRON_GAP_SECONDS, Math.ceil(timeoutSeconds));
}

/** True when an interval of this many seconds passes the timeout under `rule`. */
export function fitsTimeout(intervalSeconds: number, timeoutSeconds: number | undefined, rule: TimeoutRule): boolean {
  if (timeoutSeconds === undefined || !Number.isFinite(timeoutSeconds)) return true;
  return rule === 'longer' ? intervalSeconds > timeoutSeconds : intervalSeconds >= timeoutSeconds;
}

/** The timeout sentence, or null when the interval passes the timeout under `rule`. */
export function timeoutProblem(intervalSeconds: number, timeoutSeconds: number | undefined, what: string, rule: TimeoutRule): string | null {
  if (timeoutSeconds === undefined || fitsTimeout(intervalSeconds, timeoutSeconds, rule)) return null;
  const compared = rule === 'longer' ? 'not longer than' : 'shorter than';
  return (
    `Frequency: ${what} ${formatDuration(intervalSeconds)}, which is ${compared} the task timeout ` +
    `(${formatDuration(timeoutSeconds)}); choose a longer interval or a shorter Timeout.`
  );
}

const UNITS: ReadonlyArray<[number, string]> = [
  [86_400, 'day'],
  [3600, 'hour'],
  [60, 'minute'],
  [1, 'second'],
];

/** `90` → "1 minute 30 seconds". */
export function formatDuration(totalSeconds: number): string {
  let rest = Math.round(totalSeconds);
  if (rest <= 0) return '0 seconds';
  const words: string[] = [];
  for (const [size, unit] of UNITS) {
    const count = Math.floor(rest / size);
    if (count > 0) words.push(`${count} ${unit}${count === 1 ? '' : 's'}`);
    rest -= count * size;
  }
  return words.join(' ');
}
