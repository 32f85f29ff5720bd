import type { InstanceSeed } from '../state/types';
import type { Rng } from './random';

/** What a simulated script can see of the host it "runs" on. Nothing is executed. */
export interface ScriptContext {
  instance: Pick<
    InstanceSeed,
    'instanceId' | 'instanceName' | 'hostName' | 'osType' | 'osName' | 'osNameEn' | 'privateIp' | 'cpu' | 'memory' | 'regionId'
  >;
  username: string;
  workingDir: string;
  startedAt: number;
  diskFull: boolean;
  rng: Rng;
}

/** The simulated outcome of one run of a script. */
export interface ScriptResult {
  lines: string[];
  exitCode: number;
  /** Seconds the script takes beyond its base duration (sleep, installs, pulls). */
  seconds: number;
  /** The script frees disk space (a full disk stops being full when it succeeds). */
  freesDisk: boolean;
}

export interface StepResult {
  lines?: string[];
  /** Non-zero: the step failed with this code. */
  exitCode?: number;
  seconds?: number;
  freesDisk?: boolean;
}

export function isoSeconds(time: number): string {
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function pickPercent(ctx: ScriptContext): number {
  return ctx.diskFull ? 100 : 18 + Math.floor(ctx.rng.next() * 50);
}
