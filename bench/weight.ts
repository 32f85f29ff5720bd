import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { type Browser, type BrowserContextOptions, chromium } from '@playwright/test';

import { firstLoad, kilobytes, sharedRuntimeBytes, WEIGHT_BUDGET } from '@/e2e/first-load';
import { buildIfStale, childEnv, nextBin } from '@/lib/runtime/build';
import { freePort } from '@/lib/runtime/free-port';

import { launchOnce, type RunningApp, startApp } from './lighthouse-app';

/**
 * `npm run bench -- weight [--no-build]`: each page's first-load JavaScript (every script the
 * page asks for before its load event, gzip), in Chromium, against a real blank page built with
 * the same Next.js (a layout and a page in the system's temp folder, this repo's node_modules
 * through a symlink, built once per Next version). Issue 15's budget is 1.5× the blank page. It also
 * prints the stand-in the e2e budget check uses (the build's shared runtime, `rootMainFiles`)
 * beside the real blank page, so the two can be seen to agree.
 */

const ROOT = join(__dirname, '..');
const BLANK_DIR = join(tmpdir(), 'invokedeck-weight-blank');

async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { 'no-build': { type: 'boolean', default: false } }, allowPositionals: true });
  const distDir = process.env.NEXT_DIST_DIR || '.next-bench';
  process.env.NEXT_DIST_DIR = distDir;
  if (!values['no-build']) buildIfStale(ROOT);
  buildBlankApp();

  const dataDir = mkdtempSync(join(tmpdir(), 'invokedeck-weight-'));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu', '--no-first-run'] });
  let app: RunningApp | undefined;
  let blankServer: ChildProcess | undefined;
  try {
    const blankPort = await freePort();
    // Its own process group, so Next's workers stop with it.
    blankServer = spawn(process.execPath, [nextBin(ROOT), 'start', '-p', String(blankPort), '-H', '127.0.0.1'], { cwd: BLANK_DIR, env: childEnv(process.env), stdio: 'ignore', detached: true });
    const blankBase = `http://127.0.0.1:${blankPort}`;
    await waitForAnswer(blankBase, blankServer);
    const blank = (await firstLoad(browser, blankBase, '/')).gzipBytes;

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
    if (blankServer?.pid && blankServer.exitCode === null) process.kill(-blankServer.pid, 'SIGKILL');
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

/**
 * A blank Next app (a layout and a page, nothing else) built with this repo's Next.js, once
 * per Next version. Outside the repo, or Next would take the repo's proxy.ts and
 * instrumentation.ts as its own; Turbopack's root is `/` so it follows the node_modules symlink.
 */
function buildBlankApp(): void {
  const version = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'next', 'package.json'), 'utf8')) as { version: string }).version;
  const stamp = join(BLANK_DIR, 'built-with-next');
  if (existsSync(join(BLANK_DIR, '.next', 'BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === version) return;
  rmSync(BLANK_DIR, { recursive: true, force: true });
  mkdirSync(join(BLANK_DIR, 'app'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(BLANK_DIR, 'node_modules'), 'dir');
  writeFileSync(join(BLANK_DIR, 'package.json'), JSON.stringify({ name: 'weight-blank', private: true }));
  writeFileSync(join(BLANK_DIR, 'next.config.mjs'), "export default { typescript: { ignoreBuildErrors: true }, turbopack: { root: '/' } };\n");
  writeFileSync(
    join(BLANK_DIR, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'es2022', lib: ['dom', 'esnext'], module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx', strict: true, noEmit: true, skipLibCheck: true, isolatedModules: true, esModuleInterop: true }, include: ['**/*.tsx'] }),
  );
  writeFileSync(join(BLANK_DIR, 'app', 'layout.tsx'), 'export default function Layout({ children }: { children: React.ReactNode }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n');
  writeFileSync(join(BLANK_DIR, 'app', 'page.tsx'), 'export default function Page() {\n  return <main>Blank</main>;\n}\n');
  console.info(`Building a blank Next ${version} app in ${BLANK_DIR} (once)…`);
  const built = spawnSync(process.execPath, [nextBin(ROOT), 'build'], { cwd: BLANK_DIR, env: childEnv(process.env, { NEXT_TELEMETRY_DISABLED: '1' }), stdio: 'inherit' });
  if (built.status !== 0) throw new Error('The blank app did not build; see above.');
  writeFileSync(stamp, version);
}

async function waitForAnswer(base: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The blank app exited with ${server.exitCode}`);
    if (await fetch(base).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The blank app did not answer at ${base} within 60 s`);
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
