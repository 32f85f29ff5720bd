import { lineText, type StoredLine } from '@/components/invocations/log-viewer/ansi-types';
import { parseChunk, type ParseState, START } from '@/components/invocations/log-viewer/parse-ansi';

/** What the viewer renders; replaced (never mutated) whenever more lines are parsed. */
export interface LogSnapshot {
  readonly lines: readonly StoredLine[];
  readonly done: boolean;
  /** Widest line so far in character cells (a tab counts 8), to size the horizontal scroll. */
  readonly columns: number;
}

/**
 * An output being parsed in slices. The first screenful is parsed when the document is
 * created, so the viewer shows text on its first render; the rest is parsed in short slices
 * between frames so a 5 MB output never blocks the tab for long (6 ms of parsing, leaving
 * room in a frame for the garbage collector to promote what was parsed). Fits
 * useSyncExternalStore.
 */
export interface LogDocument {
  subscribe(listener: () => void): () => void;
  getSnapshot(): LogSnapshot;
  /** Starts (or resumes) the background slices; returns a function that pauses them. */
  start(): () => void;
  /** Parses everything left at once: Copy and Download need the whole text. */
  finish(): LogSnapshot;
}

export interface DocumentOptions {
  /** Lines parsed up front, before the first render. */
  firstLines?: number;
  /** Budget of one background slice. */
  sliceMs?: number;
  /**
   * Least time between two snapshots while parsing. Each new snapshot re-renders the viewer
   * and makes the virtualiser re-measure every line, so a few larger steps beat many small.
   */
  publishMs?: number;
  now?: () => number;
  /** Runs `task` soon, after the browser has had a chance to paint; returns a cancel. */
  schedule?: (task: () => void) => () => void;
}

const FIRST_CHARS = 256 * 1024;
const LINES_PER_STEP = 500;

export function createLogDocument(text: string, options: DocumentOptions = {}): LogDocument {
  const { firstLines = 1000, sliceMs = 6, publishMs = 100, now = () => performance.now(), schedule = scheduleSoon } = options;
  const listeners = new Set<() => void>();
  let state: ParseState = START;
  let snapshot: LogSnapshot = { lines: [], done: text.length === 0, columns: 0 };
  /** Parsed but not yet in a snapshot. */
  let pending: StoredLine[] = [];
  let publishedAt = 0;
  let cancel: (() => void) | null = null;

  function publish(): void {
    let columns = snapshot.columns;
    for (const line of pending) columns = Math.max(columns, cells(lineText(line)));
    snapshot = { lines: snapshot.lines.concat(pending), done: state.pos >= text.length, columns };
    pending = [];
    publishedAt = now();
    for (const listener of listeners) listener();
  }

  function slice(): void {
    cancel = null;
    const started = now();
    do state = parseChunk(text, state, pending, LINES_PER_STEP, Infinity);
    while (state.pos < text.length && now() - started < sliceMs);
    const done = state.pos >= text.length;
    if (done || now() - publishedAt >= publishMs) publish();
    if (!done) cancel = schedule(slice);
  }

  if (text.length > 0) {
    state = parseChunk(text, state, pending, firstLines, FIRST_CHARS);
    publish();
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    start() {
      if (!snapshot.done && !cancel) cancel = schedule(slice);
      return () => {
        cancel?.();
        cancel = null;
      };
    },
    finish() {
      if (snapshot.done) return snapshot;
      cancel?.();
      cancel = null;
      state = parseChunk(text, state, pending, Infinity, Infinity);
      publish();
      return snapshot;
    },
  };
}

function cells(text: string): number {
  if (!text.includes('\t')) return text.length;
  let tabs = 0;
  for (let i = text.indexOf('\t'); i !== -1; i = text.indexOf('\t', i + 1)) tabs++;
  return text.length + tabs * 7;
}

// A message-channel task runs right after the current one (unlike setTimeout's 4 ms clamp
// and 1 s throttling in background tabs), yet still lets the browser paint and handle input.
function scheduleSoon(task: () => void): () => void {
  if (typeof MessageChannel === 'undefined') {
    const timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    task();
  };
  channel.port2.postMessage(null);
  return () => channel.port1.close();
}
