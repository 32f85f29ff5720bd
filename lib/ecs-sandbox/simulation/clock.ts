/**
 * The sandbox clock every simulated fact is computed against. "real" follows the wall
 * clock plus an offset (so a demo can jump ahead); "manual" stands still until a test
 * sets or advances it, so time-dependent tests need no sleeps. Signature timestamps are
 * always checked against the wall clock, never this one.
 */
export type ClockMode = 'real' | 'manual';

export interface ClockState {
  mode: ClockMode;
  /** Manual mode: the current time. */
  manualNow: number;
  /** Real mode: added to the wall clock. */
  offsetMs: number;
}

export class SandboxClock {
  private state: ClockState;

  constructor(
    mode: ClockMode,
    private readonly wallClock: () => number = Date.now,
  ) {
    this.state = { mode, manualNow: Math.floor(wallClock() / 1000) * 1000, offsetMs: 0 };
  }

  now(): number {
    return this.state.mode === 'manual' ? this.state.manualNow : this.wallClock() + this.state.offsetMs;
  }

  get mode(): ClockMode {
    return this.state.mode;
  }

  get offsetMs(): number {
    return this.state.offsetMs;
  }

  /** Manual: jump to `time`. Real: shift the offset so that now() is `time`. */
  set(time: number): void {
    if (this.state.mode === 'manual') this.state.manualNow = time;
    else this.state.offsetMs = time - this.wallClock();
  }

  advance(ms: number): void {
    this.set(this.now() + ms);
  }

  setOffset(ms: number): void {
    if (this.state.mode === 'manual') throw new Error('The manual clock has no offset: set or advance it.');
    this.state.offsetMs = ms;
  }

  snapshot(): ClockState {
    return { ...this.state };
  }

  /** Restore a persisted state; the configured mode wins over the stored one. */
  restore(state: ClockState): void {
    if (state.mode === this.state.mode) this.state = { ...state };
  }
}

/** Parse `90s`, `5m`, `2h`, `1d`, `250ms` or a bare number of milliseconds. */
export function parseDuration(text: string | number): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) ? text : undefined;
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]);
  const unit = (match[2] ?? 'ms').toLowerCase();
  const factor = unit === 'ms' ? 1 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : unit === 'h' ? 3_600_000 : 86_400_000;
  return value * factor;
}
