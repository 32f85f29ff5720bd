import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { type Browser, type BrowserContextOptions, type Response } from '@playwright/test';

/**
 * First-load JavaScript as a browser meets it: every script a page asks for before its load
 * event, each counted at its gzip size. Shared by the weight-budget spec and bench/weight.ts.
 */

/** Issue 15's budget: a page's first-load JavaScript at most this many times a blank page's. */
export const WEIGHT_BUDGET = 1.5;

export interface FirstLoad {
  path: string;
  gzipBytes: number;
  scripts: { url: string; gzipBytes: number }[];
}

export function gzipBytes(body: Buffer): number {
  return gzipSync(body).length;
}

function isPrefetch(headers: Record<string, string>): boolean {
  return 'next-router-prefetch' in headers || 'next-router-segment-prefetch' in headers;
}

function isScript(response: Response): boolean {
  if (response.status() >= 300) return false;
  return response.request().resourceType() === 'script' || (response.headers()['content-type'] ?? '').includes('javascript');
}

/**
 * Open `path` in a fresh browser context (nothing cached from another page) and add up its
 * scripts. Fails when the page answers otherwise than 200 or sends the browser elsewhere.
 */
export async function firstLoad(browser: Browser, baseUrl: string, path: string, options: BrowserContextOptions = {}): Promise<FirstLoad> {
  const context = await browser.newContext({ ...options, baseURL: baseUrl });
  // Links in view prefetch their routes (and then those routes' scripts) once the page is idle,
  // which on a busy machine can come before the load event: another page's weight, not this one's.
  await context.route('**/*', (route) => (isPrefetch(route.request().headers()) ? route.abort() : route.continue()));
  const page = await context.newPage();
  const bodies = new Map<string, Promise<number>>();
  page.on('response', (response) => {
    // A script fetched after the load event (a prefetch) may still be arriving when the context closes.
    if (isScript(response) && !bodies.has(response.url())) bodies.set(response.url(), response.body().then(gzipBytes, () => 0));
  });
  try {
    const response = await page.goto(path, { waitUntil: 'load' });
    if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status() ?? 'nothing'}`);
    const landed = new URL(page.url());
    if (landed.pathname !== path.split('?')[0]) throw new Error(`${path} led to ${landed.pathname}`);
    const beforeLoad = new Set(await page.evaluate(requestedBeforeLoad));
    const scripts = await Promise.all([...bodies].filter(([url]) => beforeLoad.has(url)).map(async ([url, size]) => ({ url, gzipBytes: await size })));
    return { path, gzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0), scripts };
  } finally {
    await context.close();
  }
}

/**
 * The resources the page asked for before its load event, read in the page: what it fetches
 * once loaded (prefetches while idle) is not in its first load.
 */
function requestedBeforeLoad(): string[] {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  const loadStart = navigation?.loadEventStart || Number.POSITIVE_INFINITY;
  return performance.getEntriesByType('resource').filter((entry) => entry.startTime <= loadStart).map((entry) => entry.name);
}

/**
 * What a blank page of this build loads: Next's shared runtime, the `rootMainFiles` of the
 * build manifest (bench/weight.ts checks this against a real blank app).
 */
export function sharedRuntimeBytes(distDir: string): number {
  const manifest = JSON.parse(readFileSync(join(distDir, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  return manifest.rootMainFiles.reduce((sum, file) => sum + gzipBytes(readFileSync(join(distDir, file))), 0);
}

export function kilobytes(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}
