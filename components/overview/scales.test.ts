import { describe, expect, it } from 'vitest';

import { chartTop, gridValues, shortDay, stackDay } from './chart-scale';
import { axisTicks, placeOnAxis } from './timeline-scale';

describe('the 14-day chart’s scale', () => {
  it('rounds the busiest day up to four whole, round steps, never below 4', () => {
    expect([0, 3, 5, 9, 11, 20, 21, 240, 251, 999, 1001].map(chartTop)).toEqual([4, 4, 8, 12, 12, 20, 24, 240, 320, 1000, 1200]);
    expect(gridValues(20)).toEqual([0, 5, 10, 15, 20]);
  });

  it('stacks a day from the bottom, succeeded lowest, leaving out empty outcomes', () => {
    const segments = stackDay({ day: '2032-05-15', succeeded: 10, failed: 5, running: 0, scheduled: 0, stopped: 5 }, 40, 200);
    expect(segments).toEqual([
      { outcome: 'succeeded', count: 10, y: 150, height: 50 },
      { outcome: 'failed', count: 5, y: 125, height: 25 },
      { outcome: 'stopped', count: 5, y: 100, height: 25 },
    ]);
    expect(stackDay({ day: '2032-05-14', succeeded: 0, failed: 0, running: 0, scheduled: 0, stopped: 0 }, 4, 200)).toEqual([]);
    expect(shortDay('2032-05-03')).toBe('May 3');
  });
});

describe('the next-24-hours timeline', () => {
  const from = new Date('2032-05-15T12:20:00.000Z');
  const span = 86_400_000;

  it('places runs by their share of the day, clamped to the axis', () => {
    expect(placeOnAxis('2032-05-15T12:20:00.000Z', from, span)).toBe(0);
    expect(placeOnAxis('2032-05-16T00:20:00.000Z', from, span)).toBe(50);
    expect(placeOnAxis('2032-05-15T18:20:00.000Z', from, span)).toBe(25);
    expect(placeOnAxis('2032-05-17T00:00:00.000Z', from, span)).toBe(100);
  });

  it('ticks every three whole UTC hours from the first after now, every other one minor', () => {
    const ticks = axisTicks(from, span);
    expect(ticks.map((tick) => tick.label)).toEqual(['15:00', '18:00', '21:00', '00:00', '03:00', '06:00', '09:00', '12:00']);
    expect(ticks[0]?.left).toBeCloseTo(11.11, 2);
    expect(ticks.map((tick) => tick.minor)).toEqual([false, true, false, true, false, true, false, true]);
  });
});
