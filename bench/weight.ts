import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { type Browser, type BrowserContextOptions, chromium } from '@playwright/test';

import { firstLoad, kilobytes, sharedRuntimeBytes, WEIGHT_BUDGET } from '@/e2e/first-load';
import { buildIfStale } from '@/lib/runtime/build';

import { type BlankApp, startBlankApp } from './blank-app';
import { launchOnce, type RunningApp, startApp } from './lighthouse-app';

/**
 * `npm run bench -- weight [--no-build]`: each page's first-load JavaScript (every script the
 * page asks for before its load event, gzip), in Chromium, against a real blank page built with
 * the same Next.js (`blank-app.ts`). Issue 15's budget is 1.5× the blank page. It also
 * prints the stand-in the e2e budget check uses (the build's shared runtime, `rootMainFiles`)
 * beside the real blank page, so the two can be seen to agree.
 */

const ROOT = join(__dirname, '..');

async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { 'no-build': { type: 'boolean', default: false } }, allowPositionals: true });
  const distDir = process.env.NEXT_DIST_DIR || '.next-bench';
  process.env.NEXT_DIST_DIR = distDir;
  if (!values['no-build']) buildIfStale(ROOT);

  const dataDir = mkdtempSync(join(tmpdir(), 'invokedeck-weight-'));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu', '--no-first-run'] });
  let app: RunningApp | undefined;
  let blankApp: BlankApp | undefined;
  try {
    blankApp = await startBlankApp();
    const blank = (await firstLoad(browser, blankApp.base, '/')).gzipBytes;

    app = await startApp({ dataDir, distDir });
    const signedIn = sessionOf(app);
    const rows: { path: string; bytes: number }[] = [];
    for (const path of await pagesOf(app, browser, distDir)) {
      // A first, unmeasured visit warms the server, as any visit after another would find it.
      await fetch(app.base + path, { headers: { Cookie: app.cookie } }).then((response) => response.text());
      rows.push({ path, bytes: (await firstLoad(browser, app.base, path, path === '/login' ? {} : signedIn)).gzipBytes });
    }
    print(blank, sharedRuntimeBytes(join(ROOT, distDir)), rows);
    if (rows.some((row) => row.bytes / blank > WEIGHT_BUDGET)) process.exitCode = 1;
  } finally {
    app?.stop();
    blankApp?.stop();
    await browser.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Every page of issue 15's list; a launch, its InvokeId and a preset are made first. */
async function pagesOf(app: RunningApp, browser: Browser, distDir: string): Promise<string[]> {
  const launchPage = await launchOnce(app, distDir);
  const launch = await fetch(`${app.base}/api/launches/${launchPage.split('/').pop() ?? ''}?instances=0`, { headers: { Cookie: app.cookie } });
  const { data } = (await launch.json()) as { data: { batches: { invokeId: string | null }[] } };
  const invokeId = data.batches.find((batch) => batch.invokeId)?.invokeId;
  if (!invokeId) throw new Error('The launch was not sent: no InvokeId to open');
  const pages = ['/login', '/invoke', '/invocations', launchPage, `/invocations/${invokeId}`, '/presets', await savePreset(app, browser), '/admin'];
  if (existsSync(join(ROOT, 'app', '(dashboard)', 'overview', 'page.tsx'))) pages.push('/overview');
  return pages;
}

/** Save the launch form as a preset, as an operator does; answers the preset's path. */
async function savePreset(app: RunningApp, browser: Browser): Promise<string> {
  const context = await browser.newContext({ ...sessionOf(app), baseURL: app.base });
  try {
    const page = await context.newPage();
    await page.goto('/invoke');
    await page.getByRole('radio', { name: /^health-check\.sh/ }).check();
    await page.locator('aside').getByRole('button', { name: /^Save as (new )?preset$/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill(`weight bench ${Date.now()}`);
    await dialog.getByRole('button', { name: 'Save preset' }).click();
    const link = page.locator('aside').getByTestId('preset-link');
    await link.waitFor();
    return new URL(await link.inputValue(), app.base).pathname;
  } finally {
    await context.close();
  }
}

function sessionOf(app: RunningApp): BrowserContextOptions {
  const value = app.cookie.slice(app.cookie.indexOf('=') + 1);
  return { storageState: { cookies: [{ name: 'invokedeck_session', value, domain: '127.0.0.1', path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' }], origins: [] } };
}

function print(blank: number, runtime: number, rows: readonly { path: string; bytes: number }[]): void {
  console.log('\nFirst-load JavaScript: every script a page asks for before its load event, gzip, a fresh browser context per page.');
  console.log(`Blank page (a blank app on the same Next.js): ${kilobytes(blank)} KB. Budget: ${WEIGHT_BUDGET}× = ${kilobytes(blank * WEIGHT_BUDGET)} KB.`);
  console.log(`The e2e check's stand-in for it, this build's shared runtime (rootMainFiles): ${kilobytes(runtime)} KB (${kilobytes(Math.abs(blank - runtime))} KB ${runtime <= blank ? 'under' : 'over'}).\n`);
  const label = (path: string) => path.replace(/\/invocations\/launches\/[^/]+$/, '/invocations/launches/<id>').replace(/\/invocations\/t-[^/]+$/, '/invocations/<InvokeId>').replace(/\/presets\/[^/]+$/, '/presets/<slug>');
  const width = Math.max(...rows.map((row) => label(row.path).length), 4);
  console.log(`${'page'.padEnd(width)}  KB gzip  × blank  verdict`);
  for (const { path, bytes } of rows) {
    const ratio = bytes / blank;
    console.log(`${label(path).padEnd(width)}  ${kilobytes(bytes).padStart(7)}  ${ratio.toFixed(2).padStart(7)}  ${ratio <= WEIGHT_BUDGET ? 'PASS' : 'FAIL'}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
