import { chmodSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ClockState } from '../simulation/clock';
import type { StoreData } from './store';

export interface PersistedState {
  format: 1;
  seed: number;
  defaultRegionInstances: number;
  savedAt: string;
  clock: ClockState;
  store: StoreData;
}

/** Read the state file; null when there is none or it cannot be used (then the seed is used). */
export function readState(file: string): PersistedState | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = JSON.parse(text) as PersistedState;
    return parsed.format === 1 ? parsed : null;
  } catch {
    return null;
  }
}

const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;

/**
 * The state directory and file, readable by their owner only: created so, and tightened
 * when an earlier version (or a person) left them open to the group or others.
 */
export function secureStateFile(file: string): void {
  privateDir(dirname(file));
  tighten(file, PRIVATE_FILE);
}

/** Write a small file only its owner can read (the control token for `npm start`). */
export function writePrivateFile(file: string, text: string): void {
  privateDir(dirname(file));
  // A file that exists keeps its mode through a write, so start from none.
  rmSync(file, { force: true });
  writeFileSync(file, text, { mode: PRIVATE_FILE });
}

function privateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
  tighten(dir, PRIVATE_DIR);
}

function tighten(path: string, mode: number): void {
  let current: number;
  try {
    current = statSync(path).mode & 0o777;
  } catch {
    return;
  }
  if ((current & ~mode) !== 0) chmodSync(path, mode);
}

/**
 * Debounced, atomic writes: every change schedules one write a moment later (a burst of
 * calls costs one write), the file is replaced by rename so a crash never leaves half of
 * it, and flush() writes now (on close and on SIGINT/SIGTERM).
 */
export class Persister {
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private dirty = false;

  constructor(
    private readonly file: string,
    private readonly snapshot: () => PersistedState,
    private readonly delayMs = 250,
  ) {
    secureStateFile(file);
  }

  schedule(): void {
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.delayMs);
    this.timer.unref();
  }

  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (!this.dirty) return this.writing;
    this.dirty = false;
    const text = JSON.stringify(this.snapshot());
    this.writing = this.writing.then(async () => {
      const temporary = `${this.file}.${process.pid}.tmp`;
      // A leftover temporary file (same pid after a container restart) would keep its old mode.
      await rm(temporary, { force: true });
      await writeFile(temporary, text, { mode: PRIVATE_FILE });
      await rename(temporary, this.file);
    });
    return this.writing;
  }
}
