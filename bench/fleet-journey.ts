import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type Browser, type Page } from '@playwright/test';

import {
  closeStep,
  everyInstanceLoaded,
  firstRowsShown,
  frameWhen,
  idlePoll,
  lastInputAt,
  launchAccepted,
  launchPageShown,
  listShows,
  pageNow,
  PROBE_SCRIPT,
  reviewShown,
  selectionSettled,
  type StepTiming,
} from './fleet-probe';
import { type RunningApp } from './lighthouse-app';

/**
 * One operator's way through a big fleet, in real Chromium: open the form, filter, select
 * every match, review, launch, open the launch page, and let it poll once with nothing new.
 * Each step is timed in the page (see fleet-probe.ts).
 */

export const STEPS = ['picker first rows', 'every instance loaded', 'filter keystroke (slowest)', 'select all matching', 'review dialog opens', 'launch accepted', 'launch page first paint', 'idle poll'] as const;
export type Step = (typeof STEPS)[number];

export interface JourneyResult {
  steps: Record<Step, StepTiming>;
  matches: number;
  selected: number;
}

/** Journey 1's everyday search, typed one key at a time. */
const QUERY = 'env=prod';
/** A Linux command that runs about 30 s in the sandbox, so the launch page has quiet polls to measure. */
const COMMAND = 'rebuild-search-index.sh';

export async function signedInPage(browser: Browser, app: RunningApp): Promise<Page> {
  const value = app.cookie.slice(app.cookie.indexOf('=') + 1);
  const context = await browser.newContext({
    baseURL: app.base,
    viewport: { width: 1440, height: 900 },
    storageState: { cookies: [{ name: 'invokedeck_session', value, domain: '127.0.0.1', path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' }], origins: [] },
  });
  await context.addInitScript(PROBE_SCRIPT);
  return context.newPage();
}

/** The baseline: the sign-in page's first paint, from navigation start (median of `runs` after a warm-up). */
export async function signInPagePaint(browser: Browser, app: RunningApp, runs: number): Promise<number> {
  const context = await browser.newContext({ baseURL: app.base });
  await context.addInitScript(PROBE_SCRIPT);
  const page = await context.newPage();
  const samples: number[] = [];
  for (let run = -1; run < runs; run++) {
    await page.goto('/login', { waitUntil: 'commit' });
    const at = await frameWhen(page, () => (document.querySelector('form button[type="submit"]') ? performance.now() : false), null);
    if (run >= 0) samples.push(at);
  }
  await context.close();
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? 0;
}

/**
 * One unmeasured visit first, to the form and to a seeded launch's page: the app reads the
 * region's fleet once after it starts, and Chromium compiles the pages' scripts once; a
 * measured visit then finds both done, as any visit after the first would.
 */
export async function warmUp(page: Page): Promise<void> {
  await page.goto('/invoke', { waitUntil: 'commit' });
  await frameWhen(page, everyInstanceLoaded, null);
  await page.goto('/invocations');
  const launch = page.locator('a[href^="/invocations/launches/"]').first();
  await page.goto((await launch.getAttribute('href')) ?? '/invocations');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.context().close();
}

/** Walks the journey; on a failure, leaves a screenshot of where it stopped in the system's temp folder. */
export async function runJourney(page: Page, log: (line: string) => void): Promise<JourneyResult> {
  try {
    return await walk(page, log);
  } catch (error) {
    const file = join(tmpdir(), `invokedeck-fleet-failure-${Date.now()}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n(the page as it stood: ${file})`);
  }
}

async function walk(page: Page, log: (line: string) => void): Promise<JourneyResult> {
  const steps = {} as Record<Step, StepTiming>;
  const record = (step: Step, timing: StepTiming) => {
    steps[step] = timing;
    log(`${step}: ${Math.round(timing.ms)} ms, longest task ${Math.round(timing.longestTask)} ms`);
  };
  await page.goto('/invoke', { waitUntil: 'commit' });
  record('picker first rows', await closeStep(page, 0, await frameWhen(page, firstRowsShown, null)));
  record('every instance loaded', await closeStep(page, 0, await frameWhen(page, everyInstanceLoaded, null)));

  await page.getByRole('radio', { name: new RegExp(`^${COMMAND.replace(/\./g, '\\.')}\\s`) }).check();
  const search = page.getByLabel('Search instances');
  await search.click();
  let slowest: StepTiming = { ms: 0, longestTask: 0 };
  let longestTask = 0;
  for (let length = 1; length <= QUERY.length; length++) {
    await page.keyboard.type(QUERY.slice(length - 1, length));
    const shown = await frameWhen(page, listShows, QUERY.slice(0, length));
    const keystroke = await closeStep(page, await lastInputAt(page), shown);
    longestTask = Math.max(longestTask, keystroke.longestTask);
    if (keystroke.ms > slowest.ms) slowest = keystroke;
  }
  record('filter keystroke (slowest)', { ms: slowest.ms, longestTask });

  await page.getByRole('button', { name: 'Select all matching' }).click();
  const settled = await frameWhen(page, selectionSettled, null);
  record('select all matching', await closeStep(page, await lastInputAt(page), settled.at));

  await page.getByRole('button', { name: 'Review', exact: true }).click();
  record('review dialog opens', await closeStep(page, await lastInputAt(page), await frameWhen(page, reviewShown, null)));

  await page.getByTestId('confirm-launch').click();
  const accepted = await frameWhen(page, launchAccepted, null);
  record('launch accepted', await closeStep(page, await lastInputAt(page), accepted.at));

  await page.goto(accepted.href, { waitUntil: 'commit' });
  record('launch page first paint', await closeStep(page, 0, await frameWhen(page, launchPageShown, null)));
  const launchId = accepted.href.split('/').pop() ?? '';
  // A launch that ends before any quiet poll (a slow, busy machine) stops polling: then the step is not measured.
  const after = await pageNow(page);
  const poll = await frameWhen(page, idlePoll, { launchId, after }, 120_000).catch(() => null);
  record('idle poll', poll ? await closeStep(page, poll.start, poll.end) : { ms: Number.NaN, longestTask: 0 });
  await page.context().close();
  return { steps, matches: settled.matches, selected: settled.selected };
}
