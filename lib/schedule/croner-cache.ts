import { Cron } from 'croner';

/**
 * croner jobs keyed by pattern and zone. Building one costs tens of microseconds (it fills
 * a 10,000-slot year table), and the form asks for the same pattern on every render.
 * Each job holds that table (~80 KB), so the cache stays small. The jobs have no callback,
 * so they never start a timer.
 */

const MAX_ENTRIES = 32;
const jobs = new Map<string, Cron>();

/**
 * A croner job for a 7-field numeric pattern. `ianaZone` null reads the pattern on the wall
 * clock (UTC with offset 0): fixed offsets are applied by the caller as a plain shift.
 */
export function cronFor(pattern: string, ianaZone: string | null): Cron {
  const key = `${pattern}|${ianaZone ?? ''}`;
  let job = jobs.get(key);
  if (!job) {
    if (jobs.size >= MAX_ENTRIES) jobs.clear();
    job = new Cron(pattern, ianaZone ? { timezone: ianaZone, mode: '7-part' } : { utcOffset: 0, mode: '7-part' });
    jobs.set(key, job);
  }
  return job;
}
