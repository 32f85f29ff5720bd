import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { clsx } from 'clsx';

import { cn } from '@/lib/cn';

import { measure, report } from './measure';

/**
 * `cn` merges a component's classes with its caller's on every render. On a page's first render
 * every string is new to it. Corpus: the app's own `className="…"` strings, each paired with
 * another as a caller's override. Baseline: clsx joining the same strings without merging, so
 * the ratio is what the merging costs.
 *
 * - first render: each round's classes carry a variant of their own (`r7:px-3`), so neither the
 *   strings nor the classes have been seen: what a page's first render pays;
 * - new strings: each string gains one class of its own, the rest known (a page drawn again);
 * - seen strings: what every later render pays.
 *
 * Wall clock: the process's CPU time would add the garbage collector's threads to the case that
 * allocates more.
 */
const corpus = [...new Set(sourceFiles(['components', 'app']).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/className="([^"]+)"/g)].map((match) => match[1] as string)))];
const strings = corpus.map((classes, index) => [classes, corpus[(index * 7) % corpus.length] as string] as const);
const fresh = (round: number) => strings.map(([own, caller]) => [prefixed(own, round), prefixed(caller, round)] as const);

const firstRender = measure((round) => {
  for (const [own, caller] of fresh(round)) cn(own, caller);
}, { runs: 60, warmup: 5, clock: 'wall' });
const baseline = measure((round) => {
  for (const [own, caller] of fresh(round)) clsx(own, caller);
}, { runs: 60, warmup: 5, clock: 'wall' });
const newStrings = measure((round) => {
  for (const [own, caller] of strings) cn(own, caller, `r${round}`);
}, { runs: 60, warmup: 5, clock: 'wall' });
const seen = measure(() => {
  for (const [own, caller] of strings) cn(own, caller);
}, { runs: 60, warmup: 5, clock: 'wall' });

report(`cn over ${strings.length} class strings (${new Set(corpus.join(' ').split(/\s+/)).size} distinct classes), per round`, { label: 'clsx, no merging', timing: baseline }, [
  { label: 'first render (strings and classes new)', timing: firstRender },
  { label: 'new strings of known classes', timing: newStrings },
  { label: 'strings seen before', timing: seen },
]);

function prefixed(classes: string, round: number): string {
  return classes
    .split(' ')
    .map((name) => `r${round}:${name}`)
    .join(' ');
}

function sourceFiles(folders: string[]): string[] {
  return folders.flatMap((folder) =>
    readdirSync(folder, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.tsx$/.test(entry.name) && !entry.name.endsWith('.test.tsx'))
      .map((entry) => join(entry.parentPath, entry.name)),
  );
}
