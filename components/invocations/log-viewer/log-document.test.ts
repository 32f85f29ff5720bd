import { describe, expect, it } from 'vitest';

import { toAnsiLine } from '@/components/invocations/log-viewer/ansi-types';
import { createLogDocument } from '@/components/invocations/log-viewer/log-document';
import { parseAnsi } from '@/components/invocations/log-viewer/parse-ansi';

/** A scheduler the test runs by hand, and a clock where every reading costs 1 ms. */
function manual() {
  const queue: (() => void)[] = [];
  let time = 0;
  return {
    options: {
      schedule: (task: () => void) => {
        queue.push(task);
        return () => {
          const at = queue.indexOf(task);
          if (at !== -1) queue.splice(at, 1);
        };
      },
      now: () => time++,
    },
    runNext: () => queue.shift()?.(),
    pending: () => queue.length,
  };
}

const output = Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? `\x1b[32mline ${i}\x1b[0m` : `line ${i}\twith a tab`)).join('\n');

describe('createLogDocument', () => {
  it('parses the first screenful at once, so the first render has text', () => {
    const run = manual();
    const document = createLogDocument(output, { ...run.options, firstLines: 100 });
    expect(document.getSnapshot().lines).toHaveLength(100);
    expect(document.getSnapshot().done).toBe(false);
  });

  it('parses the rest in slices, notifying subscribers, until it matches a full parse', () => {
    const run = manual();
    const document = createLogDocument(output, { ...run.options, firstLines: 100, sliceMs: 2, publishMs: 0 });
    let notified = 0;
    document.subscribe(() => notified++);
    document.start();
    let slices = 0;
    while (run.pending() > 0) {
      run.runNext();
      slices++;
    }
    expect(slices).toBeGreaterThan(1);
    expect(notified).toBe(slices);
    expect(document.getSnapshot().done).toBe(true);
    expect(document.getSnapshot().lines.map(toAnsiLine)).toEqual(parseAnsi(output));
  });

  it('publishes larger steps when slices come faster than publishMs', () => {
    const run = manual();
    const document = createLogDocument(output, { ...run.options, firstLines: 100, sliceMs: 2, publishMs: 10 });
    const seen = new Set([document.getSnapshot()]);
    document.subscribe(() => seen.add(document.getSnapshot()));
    document.start();
    let slices = 0;
    for (; run.pending() > 0; slices++) run.runNext();
    expect(seen.size - 1).toBeLessThan(slices);
    expect(document.getSnapshot().lines).toHaveLength(5000);
  });

  it('hands out a new snapshot per change and the same one in between', () => {
    const run = manual();
    const document = createLogDocument(output, { ...run.options, firstLines: 100, publishMs: 0 });
    const first = document.getSnapshot();
    expect(document.getSnapshot()).toBe(first);
    document.start();
    run.runNext();
    expect(document.getSnapshot()).not.toBe(first);
  });

  it('stops when paused and finishes at once on demand (Copy, Download)', () => {
    const run = manual();
    const document = createLogDocument(output, { ...run.options, firstLines: 100 });
    const pause = document.start();
    pause();
    expect(run.pending()).toBe(0);
    expect(document.finish().lines).toHaveLength(5000);
    expect(document.getSnapshot().done).toBe(true);
  });

  it('counts a tab as 8 cells when sizing the widest line', () => {
    const document = createLogDocument('short\nline 1\twith a tab\n');
    expect(document.getSnapshot().columns).toBe('line 1\twith a tab'.length + 7);
  });

  it('is done at once for empty output', () => {
    const document = createLogDocument('');
    expect(document.getSnapshot()).toEqual({ lines: [], done: true, columns: 0 });
  });
});
