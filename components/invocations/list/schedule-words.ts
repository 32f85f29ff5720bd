import 'server-only';

import { describeFrequency, parseFrequency } from '@/lib/schedule';

/**
 * A Period launch's schedule in words ("At 02:00 AM, Monday through Friday (Asia/Shanghai)"),
 * worded on the server: the list hands the browser the string, never the cron libraries.
 * Parsed as of the launch's own time, so an at() that has since passed still reads; an
 * expression this version cannot read is shown as written.
 */
export function scheduleWords(frequency: string | null, createdAt: string): string | null {
  if (!frequency) return null;
  const parsed = parseFrequency(frequency, { now: new Date(Date.parse(createdAt) - 60_000) });
  return parsed.ok ? describeFrequency(parsed.frequency) : frequency;
}
