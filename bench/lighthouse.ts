import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { buildIfStale } from '@/lib/runtime/build';

import { type BlankApp, startBlankApp } from './blank-app';
import { launchOnce, type RunningApp, startApp } from './lighthouse-app';

/**
 * `npm run bench -- lighthouse [--runs 3] [--no-build] [--page invoke] [--save dir]`: Lighthouse 12
 * (mobile, its default form factor and simulated throttling) on the sign-in page, the launch
 * form, the invocations list and a launch page, signed in, against a production build served by
 * the app's launcher. Prints Performance, Accessibility and Best Practices per page (the median
 * of the runs) against issue 15's targets, with the Total Blocking Time and the longest main-thread
 * task the browser saw (what costs Performance here). A blank page built with the same Next.js
 * (`blank-app.ts`) is scored first, in the same browser: the baseline, since the same page's
 * score moves with the machine (the simulated throttling multiplies what this CPU took).
 * `--no-build` serves the build in NEXT_DIST_DIR as it is; `--page` measures only the pages whose
 * path holds it; `--save` writes every run's report (JSON) into a folder, to read its diagnostics.
 */

const ROOT = join(__dirname, '..');
const TARGET = { performance: 95, accessibility: 100 } as const;
const BASELINE = 'blank Next page (baseline)';
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
type Category = (typeof CATEGORIES)[number];
type Scores = Record<Category, number>;

interface PageReport {
  path: string;
  scores: Scores;
  /** Failing audits of the median run: id, title and, for opportunities, the time they would save. */
  findings: string[];
  /** Total Blocking Time (simulated) and the longest task observed on the main thread, in ms. */
  blocking: { tbt: number; longestTask: number };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { runs: { type: 'string', default: '1' }, 'no-build': { type: 'boolean', default: false }, page: { type: 'string' }, save: { type: 'string' } }, allowPositionals: true });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 9) throw new Error('--runs must be from 1 to 9');
  const distDir = process.env.NEXT_DIST_DIR || '.next-bench';
  process.env.NEXT_DIST_DIR = distDir;
  if (!values['no-build']) buildIfStale(ROOT);

  const dataDir = mkdtempSync(join(tmpdir(), 'invokedeck-lighthouse-'));
  let app: RunningApp | undefined;
  let blankApp: BlankApp | undefined;
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    blankApp = await startBlankApp();
    app = await startApp({ dataDir, distDir });
    const launchPage = await launchOnce(app, distDir);
    const pages = [
      { base: app.base, path: '/login', cookie: null },
      { base: app.base, path: '/invoke', cookie: app.cookie },
      { base: app.base, path: '/invocations', cookie: app.cookie },
      { base: app.base, path: launchPage, cookie: app.cookie },
    ].filter((page) => !values.page || page.path.includes(values.page));
    if (values.save) mkdirSync(values.save, { recursive: true });
    const reports: PageReport[] = [];
    // The baseline first: what this machine's Lighthouse gives a page with nothing of ours.
    for (const page of [{ base: blankApp.base, path: '/', cookie: null }, ...pages]) {
      // A first, unmeasured load warms the server's caches, as a visit after any other would find them.
      await fetch(page.base + page.path, { headers: page.cookie ? { Cookie: page.cookie } : {} }).then((response) => response.text());
      const measured: PageReport[] = [];
      const url = page.base + page.path;
      const name = page.base === blankApp.base ? 'blank' : page.path.split('/').filter(Boolean).slice(0, 2).join('-');
      for (let run = 0; run < runs; run++) {
        const save = values.save ? join(values.save, `${name}-${run + 1}.json`) : null;
        measured.push(await withRetry(() => audit(url, chrome.port, page.cookie, save)));
      }
      measured.sort((a, b) => a.scores.performance - b.scores.performance);
      const median = measured[Math.floor(measured.length / 2)];
      if (median) reports.push({ ...median, path: page.base === blankApp.base ? BASELINE : page.path.startsWith('/invocations/launches/') ? '/invocations/launches/<id>' : page.path });
    }
    print(reports, runs);
    if (reports.some((report) => report.path !== BASELINE && !passes(report.scores))) process.exitCode = 1;
  } finally {
    app?.stop();
    blankApp?.stop();
    await chrome.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function audit(url: string, port: number, cookie: string | null, save: string | null): Promise<PageReport> {
  const { default: lighthouse } = await import('lighthouse');
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}) });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (save) writeFileSync(save, JSON.stringify(lhr));
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (category: Category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  // Accessibility and Best Practices first: each of their failures costs points; Performance's are advice.
  const findings = [...CATEGORIES].reverse().flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 || category === 'performance')
      .map((ref) => lhr.audits[ref.id])
      .filter((found) => found && found.score !== null && found.score < 0.9 && found.scoreDisplayMode !== 'informative' && found.scoreDisplayMode !== 'notApplicable')
      .map((found) => {
        const details = found?.details as { overallSavingsMs?: number } | undefined;
        const saving = details?.overallSavingsMs ? ` (saves ~${Math.round(details.overallSavingsMs)} ms)` : found?.displayValue ? ` (${found.displayValue})` : '';
        return `${category}: ${found?.id} — ${found?.title}${saving}`;
      }),
  );
  const tasks = (lhr.audits['long-tasks']?.details as { items?: { duration?: number }[] } | undefined)?.items ?? [];
  const blocking = { tbt: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0), longestTask: Math.round(Math.max(0, ...tasks.map((task) => task.duration ?? 0))) };
  return { path: url, scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices') }, findings, blocking };
}

/** On a busy machine Lighthouse sometimes loses the trace (NO_NAVSTART): such a run is tried again, twice at most. */
async function withRetry(run: () => Promise<PageReport>): Promise<PageReport> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt === 3 || !(error instanceof Error && error.message.includes('NO_NAVSTART'))) throw error;
    }
  }
}

function passes(scores: Scores): boolean {
  return scores.performance >= TARGET.performance && scores.accessibility >= TARGET.accessibility;
}

function print(reports: readonly PageReport[], runs: number): void {
  console.log(`\nLighthouse 12, mobile, ${runs === 1 ? 'one run' : `median of ${runs} runs`} per page. Targets: Performance ≥ ${TARGET.performance}, Accessibility ${TARGET.accessibility}.\n`);
  const width = Math.max(...reports.map((report) => report.path.length), 4);
  const baseline = reports.find((report) => report.path === BASELINE);
  console.log(`${'page'.padEnd(width)}  perf  a11y  best  TBT ms  longest task ms  perf − blank  verdict`);
  for (const { path, scores, blocking } of reports) {
    const figures = [scores.performance, scores.accessibility, scores['best-practices']].map((value) => String(value).padStart(4)).join('  ');
    const gap = baseline && path !== BASELINE ? String(scores.performance - baseline.scores.performance) : '';
    const verdict = path === BASELINE ? '' : passes(scores) ? 'PASS' : 'FAIL';
    console.log(`${path.padEnd(width)}  ${figures}  ${String(blocking.tbt).padStart(6)}  ${String(blocking.longestTask).padStart(15)}  ${gap.padStart(12)}  ${verdict}`);
  }
  for (const { path, findings } of reports) {
    if (findings.length === 0 || path === BASELINE) continue;
    console.log(`\n${path}:`);
    const performance = findings.filter((finding) => finding.startsWith('performance'));
    for (const finding of [...findings.filter((finding) => !finding.startsWith('performance')), ...performance.slice(0, 6)]) console.log(`  ${finding}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
