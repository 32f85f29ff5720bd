import { describeFrequency, parseFrequency } from '@/lib/schedule';

const REPEAT_WORDS: Record<string, string> = {
  Once: 'Once',
  Period: 'Period',
  NextRebootOnly: 'Next reboot',
  EveryReboot: 'Every reboot',
};

/** The repeat mode in words, as the filter menu and the table both say it. */
export function repeatModeWords(mode: string): string {
  return REPEAT_WORDS[mode] ?? mode;
}

/**
 * A Period launch's schedule in words ("At 02:00 AM, Monday through Friday (Asia/Shanghai)").
 * Parsed as of the launch's own time, so an at() that has since passed still reads; an
 * expression this version cannot read is shown as written.
 */
export function scheduleWords(frequency: string | null, createdAt: string): string | null {
  if (!frequency) return null;
  const parsed = parseFrequency(frequency, { now: new Date(Date.parse(createdAt) - 60_000) });
  return parsed.ok ? describeFrequency(parsed.frequency) : frequency;
}
