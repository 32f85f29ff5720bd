/**
 * Shared benchmark helpers: run a function many times, report median and p95 in ms of CPU
 * time, and print a result as a ratio to a baseline measured in the same process, so the
 * figure means the same on a fast laptop and a slow CI machine.
 */
export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Time `fn` over `runs` rounds after `warmup` rounds; each round may do several calls. */
export function measure(fn: (round: number) => void, options: { runs?: number; warmup?: number; clock?: 'cpu' | 'wall' } = {}): Timing {
  const runs = options.runs ?? 200;
  const now = options.clock === 'wall' ? () => performance.now() : cpuMs;
  for (let round = 0; round < (options.warmup ?? 20); round++) fn(-1 - round);
  const samples: number[] = [];
  for (let round = 0; round < runs; round++) {
    const started = now();
    fn(round);
    samples.push(now() - started);
  }
  return timingOf(samples);
}

/** Async variant, wall clock (I/O-bound work such as HTTP calls or database queries). */
export async function measureAsync(fn: (round: number) => Promise<void>, options: { runs?: number; warmup?: number } = {}): Promise<Timing> {
  const runs = options.runs ?? 50;
  for (let round = 0; round < (options.warmup ?? 5); round++) await fn(-1 - round);
  const samples: number[] = [];
  for (let round = 0; round < runs; round++) {
    const started = performance.now();
    await fn(round);
    samples.push(performance.now() - started);
  }
  return timingOf(samples);
}

/** Median and p95 of samples taken by hand (when rounds of two cases must alternate). */
export function timingOf(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? 0, p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0, runs: sorted.length };
}

const ms = (value: number) => `${value < 0.1 ? value.toFixed(4) : value.toFixed(2)} ms`;

/** One line per case: its timing and its ratio to the baseline. */
export function report(title: string, baseline: { label: string; timing: Timing }, cases: { label: string; timing: Timing }[]): void {
  console.log(`\n${title}`);
  console.log(`  baseline  ${baseline.label}: median ${ms(baseline.timing.median)}, p95 ${ms(baseline.timing.p95)} (${baseline.timing.runs} runs)`);
  for (const entry of cases) {
    const ratio = baseline.timing.median > 0 ? entry.timing.median / baseline.timing.median : Number.NaN;
    console.log(`  ${entry.label}: median ${ms(entry.timing.median)}, p95 ${ms(entry.timing.p95)}  →  ${ratio.toFixed(2)}× baseline`);
  }
}
