import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { chromium } from '@playwright/test';

import { buildIfStale } from '@/lib/runtime/build';

import { type JourneyResult, runJourney, signedInPage, signInPagePaint, STEPS, warmUp } from './fleet-journey';
import { type StepTiming } from './fleet-probe';
import { type RunningApp, startApp } from './lighthouse-app';

/**
 * `npm run bench -- fleet-10k [--full] [--sizes 1000,10000] [--no-build]`: issue 17's
 * 10,000 instances in one region. The built app runs in sandbox mode once per size
 * (SANDBOX_INSTANCES, a fresh data folder each), and real Chromium walks an operator through
 * it (fleet-journey.ts). Prints each step's time at each size, the growth from the smallest to
 * the largest size against linear, the longest task per step (issue 17: none over 200 ms), and
 * each time as a ratio to the sign-in page's first paint measured on the same app.
 * Each size is visited once unmeasured first (fleet-journey.ts `warmUp`). Quick by default
 * (one walk per size); `--full` takes the median of three walks.
 */

const ROOT = join(__dirname, '..');
const LONG_TASK_MS = 200;
/** Growth within this many ms of linear is a frame or two of noise, not a trend. */
const NOISE_MS = 50;

interface SizeResult {
  size: number;
  baseline: number;
  runs: JourneyResult[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { full: { type: 'boolean', default: false }, sizes: { type: 'string', default: '1000,10000' }, 'no-build': { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const sizes = values.sizes.split(',').map(Number);
  if (sizes.length < 2 || sizes.some((size) => !Number.isInteger(size) || size < 1 || size > 100_000)) throw new Error('--sizes takes two or more fleet sizes, e.g. 1000,10000');
  const runs = values.full ? 3 : 1;
  // Its own build folder: other benches may be building theirs at the same time.
  const distDir = process.env.NEXT_DIST_DIR || '.next-bench-fleet';
  process.env.NEXT_DIST_DIR = distDir;
  if (!values['no-build']) buildIfStale(ROOT);

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  const results: SizeResult[] = [];
  try {
    for (const size of sizes) {
      const dataDir = mkdtempSync(join(tmpdir(), `invokedeck-fleet-${size}-`));
      let app: RunningApp | undefined;
      try {
        app = await startApp({ dataDir, distDir, env: { SANDBOX_INSTANCES: String(size) } });
        console.info(`${size.toLocaleString('en-US')} instances: app started, walking the journey ${runs === 1 ? 'once' : `${runs} times`}…`);
        await warmUp(await signedInPage(browser, app));
        const baseline = await signInPagePaint(browser, app, 3);
        const walks: JourneyResult[] = [];
        for (let run = 0; run < runs; run++) walks.push(await runJourney(await signedInPage(browser, app), (line) => console.info(`  ${line}`)));
        results.push({ size, baseline, runs: walks });
      } finally {
        app?.stop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  if (!print(results, runs)) process.exitCode = 1;
}

/** The median time and the worst long task of a step over the walks. */
function summary(result: SizeResult, step: (typeof STEPS)[number]): StepTiming {
  // A walk that could not measure the step (NaN) is left out; none measured leaves NaN.
  const times = result.runs.map((run) => run.steps[step].ms).filter((ms) => !Number.isNaN(ms)).sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? Number.NaN, longestTask: Math.max(...result.runs.map((run) => run.steps[step].longestTask)) };
}

/** Prints the table; answers whether every step met issue 17's targets. */
function print(results: readonly SizeResult[], runs: number): boolean {
  const first = results[0];
  const last = results[results.length - 1];
  if (!first || !last) return false;
  const linear = last.size / first.size;
  const label = (size: number) => (size >= 1000 && size % 1000 === 0 ? `${size / 1000}k` : String(size));
  const ms = (value: number) => (Number.isNaN(value) ? 'n/a' : `${Math.round(value).toLocaleString('en-US')} ms`);
  const task = (value: number) => (value === 0 ? '<50' : String(Math.round(value)));
  console.log(`\nFleet at scale: one operator in Chromium, ${runs === 1 ? 'one walk' : `median of ${runs} walks`} per size. Linear growth ${label(first.size)} → ${label(last.size)} is ${linear}×.`);
  for (const result of results) {
    const walk = result.runs[0];
    console.log(`  ${label(result.size)}: baseline (sign-in page first paint) ${ms(result.baseline)}; the search "env=prod" matched ${walk?.matches.toLocaleString('en-US')}, ${walk?.selected.toLocaleString('en-US')} selected and launched`);
  }
  const head = ['step'.padEnd(28), ...results.map((result) => `${label(result.size)} ms (×base)`.padStart(18)), 'growth'.padStart(8), ...results.map((result) => `task ${label(result.size)}`.padStart(10)), '  verdict'];
  console.log(`\n${head.join(' ')}`);
  let passed = true;
  for (const step of STEPS) {
    const timings = results.map((result) => summary(result, step));
    const small = timings[0] ?? { ms: 0, longestTask: 0 };
    const big = timings[timings.length - 1] ?? small;
    const growth = small.ms > 0 ? big.ms / small.ms : Number.NaN;
    const flags: string[] = [];
    if (timings.some((timing) => Number.isNaN(timing.ms))) flags.push('NOT MEASURED');
    if (growth > linear && big.ms - small.ms * linear > NOISE_MS) flags.push('WORSE THAN LINEAR');
    const worstTask = Math.max(...timings.map((timing) => timing.longestTask));
    if (worstTask > LONG_TASK_MS) flags.push(`LONG TASK ${Math.round(worstTask)} ms`);
    if (flags.length) passed = false;
    const cells = timings.map((timing, index) => (Number.isNaN(timing.ms) ? 'n/a' : `${ms(timing.ms)} (${(timing.ms / (results[index]?.baseline || 1)).toFixed(1)}×)`).padStart(18));
    console.log([step.padEnd(28), ...cells, (Number.isNaN(growth) ? 'n/a' : `${growth.toFixed(1)}×`).padStart(8), ...timings.map((timing) => task(timing.longestTask).padStart(10)), `  ${flags.length ? flags.join(', ') : 'ok'}`].join(' '));
  }
  console.log(`\nTasks in ms (Chromium's long-task entries; <50 means none reported). Targets: no step grows worse than linearly (${linear}×, ${NOISE_MS} ms of noise allowed), no task over ${LONG_TASK_MS} ms.`);
  console.log(passed ? 'PASS' : 'FAIL');
  return passed;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
