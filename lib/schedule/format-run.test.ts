import { describe, expect, it } from 'vitest';
import { formatInZone, formatRun, parseFrequency, type ParsedFrequency } from '@/lib/schedule';

const NOW = new Date('2026-06-01T00:00:00Z');

function parsed(text: string): ParsedFrequency {
  const result = parseFrequency(text, { now: NOW });
  if (!result.ok) throw new Error(result.message);
  return result.frequency;
}

describe('formatRun', () => {
  it('shows a run on the schedule clock, in UTC and on the viewer clock', () => {
    const run = new Date('2026-06-01T18:00:00Z');
    const shown = formatRun(run, { frequency: parsed('0 0 2 ? * MON-FRI Asia/Shanghai'), viewerTimeZone: 'Europe/Berlin' });
    expect(shown.instant).toBe('2026-06-01T18:00:00.000Z');
    expect(shown.schedule).toEqual({
      text: '2026-06-02 02:00:00 Asia/Shanghai (GMT+8)',
      date: '2026-06-02',
      time: '02:00:00',
      zone: 'Asia/Shanghai',
      offset: 'GMT+8',
    });
    expect(shown.utc.text).toBe('2026-06-01 18:00:00 UTC');
    expect(shown.viewer.text).toBe('2026-06-01 20:00:00 Europe/Berlin (GMT+2)');
  });

  it('uses the fixed offset as written, and the default zone for a zone-less cron', () => {
    const run = new Date('2026-06-01T16:00:00Z');
    expect(formatRun(run, { frequency: parsed('0 0 9 * * ? GMT-7:00'), viewerTimeZone: 'UTC' }).schedule.text).toBe(
      '2026-06-01 09:00:00 GMT-7:00',
    );
    const zoneless = formatRun(run, { frequency: parsed('0 0 12 * * ?'), defaultTimeZone: 'America/New_York', viewerTimeZone: 'UTC' });
    expect(zoneless.schedule.text).toBe('2026-06-01 12:00:00 America/New_York (GMT-4)');
  });
});

describe('formatInZone', () => {
  it('follows daylight saving and half-hour offsets', () => {
    expect(formatInZone(new Date('2026-12-01T12:00:00Z'), 'America/New_York').text).toBe('2026-12-01 07:00:00 America/New_York (GMT-5)');
    expect(formatInZone(new Date('2026-12-01T12:00:00Z'), 'Asia/Kolkata').offset).toBe('GMT+5:30');
    expect(formatInZone(new Date('2026-12-01T12:00:00Z'), 'UTC').text).toBe('2026-12-01 12:00:00 UTC');
  });
});
