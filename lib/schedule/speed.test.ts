import { describe, expect, it } from 'vitest';
import { describeFrequency, nextRuns, parseFrequency } from '@/lib/schedule';

// The form validates, describes and lists five runs on every keystroke.
const NOW = new Date('2026-06-01T00:00:00Z');
const SHAPES = [
  (n: number) => `0 ${n % 60} 2 ? * MON-FRI Asia/Shanghai`,
  (n: number) => `0 ${n % 60} */2 * * ? Europe/Berlin`,
  (n: number) => `0 ${n % 60} 10 ? * 6L America/New_York`,
  (n: number) => `0 ${n % 60} 3 15 * ? GMT+8:00`,
  (n: number) => `${n % 60} */5 * * * ?`,
  (n: number) => `rate(${(n % 50) + 2}m)`,
];

function keystroke(text: string): void {
  const parsed = parseFrequency(text, { now: NOW, timeoutSeconds: 60 });
  if (!parsed.ok) throw new Error(parsed.message);
  describeFrequency(parsed.frequency);
  nextRuns(parsed.frequency, { after: NOW, count: 5 });
}

describe('speed', () => {
  it('parses, describes and lists five runs in well under 2 ms per new expression after warm-up', () => {
    for (let n = 0; n < 60; n += 1) for (const shape of SHAPES) keystroke(shape(n + 1000));
    const rounds = 60;
    const started = performance.now();
    // Fresh minutes each round, so no cache answers for a text it has seen.
    for (let n = 0; n < rounds; n += 1) for (const shape of SHAPES) keystroke(shape(n));
    const perCall = (performance.now() - started) / (rounds * SHAPES.length);
    expect(perCall).toBeLessThan(2);
  });
});
