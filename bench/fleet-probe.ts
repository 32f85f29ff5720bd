import { type Page } from '@playwright/test';

/**
 * What the fleet bench reads inside the page. Every document gets a long-task observer
 * (Chromium reports each task over 50 ms) and remembers when the last key or pointer input
 * arrived (the event's own timestamp, so time spent queued behind a busy main thread counts).
 * A step runs from that input, or from navigation start, to the animation frame in which its
 * condition first holds.
 */
export const PROBE_SCRIPT = `
globalThis.__name = globalThis.__name || ((fn) => fn);
window.__fleet = { tasks: [], inputAt: 0 };
performance.setResourceTimingBufferSize(100000);
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__fleet.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
} catch {}
for (const type of ['keydown', 'pointerdown']) addEventListener(type, (event) => { window.__fleet.inputAt = event.timeStamp; }, true);
`;

declare global {
  interface Window {
    __fleet: { tasks: [number, number][]; inputAt: number };
  }
}

export interface StepTiming {
  ms: number;
  /** The longest task that overlapped the step or the quiet wait after it; 0 when none passed 50 ms. */
  longestTask: number;
}

const WAIT_MS = 300_000;

/** Wait, one check per animation frame, for `condition` to answer something; answers it. */
export async function frameWhen<A, R>(page: Page, condition: (arg: A) => R | false | null, arg: A, timeout = WAIT_MS): Promise<R> {
  // Playwright types the argument as it arrives serialised; ours are plain JSON values.
  const handle = await page.waitForFunction(condition as (arg: unknown) => unknown, arg, { polling: 'raf', timeout });
  return (await handle.jsonValue()) as R;
}

/** Time since the document's navigation began (its performance clock). */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** When the last input arrived. */
export function lastInputAt(page: Page): Promise<number> {
  return page.evaluate(() => window.__fleet.inputAt);
}

/**
 * Close a step that ran from `start` to `end` (page clock): wait until the page is idle, so
 * work the step set off after its condition held is counted, then take the longest task.
 */
export async function closeStep(page: Page, start: number, end: number): Promise<StepTiming> {
  const longestTask = await page.evaluate(async ([from]) => {
    await new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 3000 }));
    const until = performance.now();
    let longest = 0;
    for (const [taskStart, duration] of window.__fleet.tasks) {
      if (taskStart < until && taskStart + duration > from) longest = Math.max(longest, duration);
    }
    return longest;
  }, [start] as const);
  return { ms: end - start, longestTask };
}

// Conditions, each run in the page once per frame: the time when it holds, else false.

export function firstRowsShown(): number | false {
  return document.querySelector('[role="listbox"][aria-multiselectable="true"] [role="option"]') ? performance.now() : false;
}

/** Every DescribeInstances page is in: the picker's progress bar is gone and the list is not busy. */
export function everyInstanceLoaded(): number | false {
  const list = document.querySelector('[role="listbox"][aria-multiselectable="true"]');
  if (!list?.querySelector('[role="option"]') || list.getAttribute('aria-busy') === 'true') return false;
  return list.parentElement?.querySelector('[role="progressbar"]') ? false : performance.now();
}

/** The search box holds `typed` and the list shows its matches (no longer busy catching up). */
export function listShows(typed: string): number | false {
  const input = document.activeElement as HTMLInputElement | null;
  const list = document.querySelector('[role="listbox"][aria-multiselectable="true"]');
  return input?.value === typed && list && list.getAttribute('aria-busy') !== 'true' ? performance.now() : false;
}

/** "4,018 match · 3,501 eligible · 3,501 selected": the selection count has reached every eligible match. */
export function selectionSettled(): { at: number; matches: number; selected: number } | false {
  const list = document.querySelector('[role="listbox"][aria-multiselectable="true"]');
  const text = list?.parentElement?.querySelector('p')?.textContent ?? '';
  const found = /([\d,]+)\s*match(?:es)?\s*·\s*([\d,]+)\s*eligible\s*·\s*([\d,]+)\s*selected/.exec(text);
  if (!found) return false;
  const [matches, eligible, selected] = [found[1], found[2], found[3]].map((value) => Number((value ?? '').replace(/,/g, '')));
  return selected !== undefined && selected > 0 && selected === eligible ? { at: performance.now(), matches: matches ?? 0, selected } : false;
}

/** The review dialog shows its blast radius and a confirm button that names how many instances. */
export function reviewShown(): number | false {
  const confirm = document.querySelector<HTMLButtonElement>('[data-testid="confirm-launch"]');
  return document.querySelector('[aria-label="Blast radius"]') && confirm && !confirm.disabled && /^Launch on [\d,]+ instances?$/.test(confirm.textContent?.trim() ?? '') ? performance.now() : false;
}

/** The server recorded the launch: the result panel links to its page. */
export function launchAccepted(): { at: number; href: string } | false {
  const link = document.querySelector<HTMLAnchorElement>('[data-testid="launch-result"] a[href^="/invocations/launches/"]');
  return link ? { at: performance.now(), href: link.getAttribute('href') ?? '' } : false;
}

/** The launch page shows its heading and its first instance rows. */
export function launchPageShown(): number | false {
  const heading = document.querySelector('h1');
  return heading && /^Launch of/.test(heading.textContent ?? '') && document.querySelector('tr[data-instance]') ? performance.now() : false;
}

/**
 * A poll of the launch that found nothing changed (an answer of a few bytes), begun after
 * `after`: when it was asked and when the page had it, a frame later.
 */
export function idlePoll({ launchId, after }: { launchId: string; after: number }): { start: number; end: number; bytes: number } | false {
  const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const poll = entries.find((entry) => entry.name.includes(`/api/launches/${launchId}?since=`) && entry.startTime > after && entry.responseEnd > 0 && entry.encodedBodySize < 400);
  return poll ? { start: poll.startTime, end: performance.now(), bytes: poll.encodedBodySize } : false;
}
