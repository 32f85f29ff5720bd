/**
 * The interval rules shared by cron and rate: at least 10 s between cron runs, 60 s–7 d for a
 * rate, and both strictly longer than the task timeout (a run must end before the next).
 */

export const MIN_CRON_GAP_SECONDS = 10;
export const MIN_RATE_SECONDS = 60;
export const MAX_RATE_SECONDS = 7 * 86_400;

/** The smallest gap that passes: 10 s, or one more second than the timeout. */
export function smallestAllowedGap(timeoutSeconds: number | undefined): number {
  if (timeoutSeconds === undefined || !Number.isFinite(timeoutSeconds)) return MIN_CRON_GAP_SECONDS;
  return Math.max(MIN_CRON_GAP_SECONDS, Math.floor(timeoutSeconds) + 1);
}

/** The timeout sentence, or null when the interval is longer than the timeout. */
export function timeoutProblem(intervalSeconds: number, timeoutSeconds: number | undefined, what: string): string | null {
  if (timeoutSeconds === undefined || intervalSeconds > timeoutSeconds) return null;
  return (
    `Frequency: ${what} ${formatDuration(intervalSeconds)}, which is not longer than the task timeout ` +
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
