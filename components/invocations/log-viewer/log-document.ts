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
  now?: () => number;
  /** Runs `task` soon, after the browser has had a chance to paint; returns a cancel. */
  schedule?: (task: () => void) => () => void;
}

const FIRST_CHARS = 256 * 1024;
const LINES_PER_STEP = 500;

export function createLogDocument(text: string, options: DocumentOptions = {}): LogDocument {
  const { firstLines = 1000, sliceMs = 6, now = () => performance.now(), schedule = scheduleSoon } = options;
  const listeners = new Set<() => void>();
  let state: ParseState = START;
  let snapshot: LogSnapshot = { lines: [], done: text.length === 0, columns: 0 };
  let cancel: (() => void) | null = null;

  function parse(maxLines: number, maxChars: number, into: StoredLine[]): void {
    state = parseChunk(text, state, into, maxLines, maxChars);
  }

  function publish(added: readonly StoredLine[]): void {
    let columns = snapshot.columns;
    for (const line of added) columns = Math.max(columns, cells(lineText(line)));
    snapshot = { lines: snapshot.lines.concat(added), done: state.pos >= text.length, columns };
    for (const listener of listeners) listener();
  }

  function slice(): void {
    cancel = null;
    const started = now();
    const added: StoredLine[] = [];
    do parse(LINES_PER_STEP, Infinity, added);
    while (state.pos < text.length && now() - started < sliceMs);
    publish(added);
    if (state.pos < text.length) cancel = schedule(slice);
  }

  if (text.length > 0) {
    const first: StoredLine[] = [];
    parse(firstLines, FIRST_CHARS, first);
    publish(first);
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
      const rest: StoredLine[] = [];
      parse(Infinity, Infinity, rest);
      publish(rest);
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
