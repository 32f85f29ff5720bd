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

/** CPU time of this process in milliseconds: other work on a busy machine does not count. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

describe('speed', () => {
  it('parses, describes and lists five runs in well under 2 ms per new expression after warm-up', () => {
    for (let n = 0; n < 60; n += 1) for (const shape of SHAPES) keystroke(shape(n + 1000));
    const perRound: number[] = [];
    // Fresh minutes each round, so no cache answers for a text it has seen.
    for (let n = 0; n < 60; n += 1) {
      const started = cpuMs();
      for (const shape of SHAPES) keystroke(shape(n));
      perRound.push((cpuMs() - started) / SHAPES.length);
    }
    const median = [...perRound].sort((a, b) => a - b)[perRound.length >> 1] ?? Infinity;
    expect(median).toBeLessThan(2);
  });
});
