import { mkdirSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
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
    mkdirSync(dirname(file), { recursive: true });
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
      await writeFile(temporary, text);
      await rename(temporary, this.file);
    });
    return this.writing;
  }
}
