/**
 * Log viewer bench: parse and search a 24 KB and a 5 MB realistic command output (some of it
 * coloured, some progress bars redrawn with `\r`), against a baseline measured in the same
 * process (`split('\n')` and a plain `indexOf` scan) so the ratios hold on any machine.
 *
 *   npx tsx bench/log-viewer.bench.ts          # table
 *   npx tsx bench/log-viewer.bench.ts --json   # one JSON object
 */
import { createLogDocument } from '@/components/invocations/log-viewer/log-document';
import { type StoredLine } from '@/components/invocations/log-viewer/ansi-types';
import { parseAnsi, parseChunk, START } from '@/components/invocations/log-viewer/parse-ansi';
import { findMatches, searchIndexFor } from '@/components/invocations/log-viewer/search';

interface Stat {
  median: number;
  p95: number;
}

export interface CaseResult {
  name: string;
  bytes: number;
  lines: number;
  /** Milliseconds. `ratio` is our median over the baseline's median. */
  measures: { what: string; ours: Stat; baseline: Stat | null; ratio: number | null }[];
}

/** Deterministic PRNG (mulberry32) so every run parses the same text. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PACKAGES = ['libssl3', 'openssl', 'nginx-common', 'python3.10', 'libc6', 'curl', 'tzdata', 'ca-certificates'];

/** What a real run prints: apt and service logs, coloured levels, a progress bar, a long line. */
export function realisticOutput(targetBytes: number, seed = 7): string {
  const next = random(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const parts: string[] = [];
  let size = 0;
  for (let n = 0; size < targetBytes; n++) {
    const time = `2026-11-28T02:${String(Math.floor(n / 600) % 60).padStart(2, '0')}:${String(Math.floor(n / 10) % 60).padStart(2, '0')}.${String(n % 1000).padStart(3, '0')}Z`;
    const roll = next();
    let line: string;
    if (roll < 0.2) line = `Get:${n} http://mirrors.cloud.aliyuncs.com/ubuntu jammy/main ${pick(PACKAGES)} [${(n * 37) % 2000} kB]`;
    else if (roll < 0.45) line = `Unpacking ${pick(PACKAGES)} (3.0.${n % 20}) ...`;
    else if (roll < 0.6) line = `${time} \x1b[32mINFO\x1b[0m  batch ${n} done`;
    else if (roll < 0.66) line = `${time} \x1b[1;33mWARN\x1b[0m  /dev/vda1 at ${60 + (n % 40)}%`;
    else if (roll < 0.7) line = `${time} \x1b[1;31mERROR\x1b[0m \x1b[38;5;208mretrying\x1b[39m 10.0.${n % 255}.${(n * 7) % 255}:8080`;
    else if (roll < 0.74) line = `\x1b[38;2;120;200;255mSetting up ${pick(PACKAGES)} (3.0.${n % 20}) ...\x1b[0m`;
    else if (roll < 0.76) line = [0, 25, 50, 75, 100].map((p) => `[${'#'.repeat(p / 5).padEnd(20, '.')}] ${p}%`).join('\r');
    else if (roll < 0.995) line = `  ${pick(PACKAGES)}: ${'ok '.repeat(1 + (n % 4))}`;
    else line = `${time} payload=${JSON.stringify({ id: n, items: Array.from({ length: 30 }, (_, i) => `item-${i}`) })}`;
    parts.push(line);
    size += line.length + 1;
  }
  return `${parts.join('\n')}\n`;
}

function stat(samples: number[]): Stat {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

/** Runs `ours` and `baseline` alternately (so drift hits both), after a warm-up. */
function compare(runs: number, ours: () => unknown, baseline: (() => unknown) | null): { ours: Stat; baseline: Stat | null; ratio: number | null } {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < Math.min(5, runs); i++) {
    ours();
    baseline?.();
  }
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    ours();
    a.push(performance.now() - t);
    if (!baseline) continue;
    t = performance.now();
    baseline();
    b.push(performance.now() - t);
  }
  const oursStat = stat(a);
  const baseStat = baseline ? stat(b) : null;
  return { ours: oursStat, baseline: baseStat, ratio: baseStat && baseStat.median > 0 ? oursStat.median / baseStat.median : null };
}

/** The longest background slice: how long the tab is blocked at worst while a big output opens. */
function slices(text: string): number[] {
  const queue: (() => void)[] = [];
  const durations: number[] = [];
  const created = performance.now();
  const document = createLogDocument(text, { schedule: (task) => (queue.push(task), () => undefined) });
  durations.push(performance.now() - created);
  document.start();
  for (let task = queue.shift(); task; task = queue.shift()) {
    const t = performance.now();
    task();
    durations.push(performance.now() - t);
  }
  return durations;
}

function countIndexOf(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

export function logViewerBench(): CaseResult[] {
  const cases = [
    { name: '24 KB', text: realisticOutput(24 * 1024), runs: 300 },
    { name: '5 MB', text: realisticOutput(5 * 1024 * 1024), runs: 15 },
  ];
  return cases.map(({ name, text, runs }) => {
    const lines = createLogDocument(text).finish().lines;
    const measures: CaseResult['measures'] = [];
    const split = () => text.split('\n');
    // What the viewer does (compact lines), then the exported parseAnsi (an object per line).
    measures.push({ what: 'parse all (viewer)', ...compare(runs, () => parseChunk(text, START, [] as StoredLine[], Infinity, Infinity), split) });
    measures.push({ what: 'parse all (parseAnsi)', ...compare(runs, () => parseAnsi(text), split) });
    const first: number[] = [];
    const worst: number[] = [];
    for (let i = 0; i < Math.max(3, Math.min(runs, 20)); i++) {
      const durations = slices(text);
      first.push(durations[0] ?? 0);
      worst.push(Math.max(...durations));
    }
    measures.push({ what: 'open: first screen (sync)', ours: stat(first), baseline: null, ratio: null });
    measures.push({ what: 'open: longest slice', ours: stat(worst), baseline: null, ratio: null });
    // Building the index is paid once, on the first search; the baseline lower-cases the raw text.
    measures.push({ what: 'search index (first query)', ...compare(runs, () => searchIndexFor([...lines]), () => text.toLowerCase()) });
    const index = searchIndexFor(lines);
    for (const query of ['ERROR', 'libssl3', 'e']) {
      const needle = query.toLowerCase();
      measures.push({ what: `search "${query}" (${findMatches(index, query).count} hits)`, ...compare(runs, () => findMatches(index, query), () => countIndexOf(index.folded, needle)) });
    }
    return { name, bytes: text.length, lines: lines.length, measures };
  });
}

function print(results: CaseResult[]): void {
  const ms = (n: number) => n.toFixed(n < 1 ? 3 : 1).padStart(8);
  for (const result of results) {
    console.log(`\n${result.name}: ${(result.bytes / 1024).toFixed(0)} KB, ${result.lines.toLocaleString('en-US')} lines`);
    console.log(`${'measure'.padEnd(34)}  median ms   p95 ms   base median   ratio`);
    for (const m of result.measures) {
      const base = m.baseline ? ms(m.baseline.median) : '       -';
      const ratio = m.ratio === null ? '     -' : `${m.ratio.toFixed(1)}x`.padStart(6);
      console.log(`${m.what.padEnd(34)}  ${ms(m.ours.median)}  ${ms(m.ours.p95)}      ${base}  ${ratio}`);
    }
  }
}

if (process.argv[1]?.endsWith('log-viewer.bench.ts')) {
  const results = logViewerBench();
  if (process.argv.includes('--json')) console.log(JSON.stringify({ node: process.version, results }, null, 2));
  else {
    console.log(`log viewer bench, Node ${process.version}`);
    print(results);
  }
}
