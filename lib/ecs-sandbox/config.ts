import { z } from 'zod';
import type { Limits } from '@/lib/invoke/limits';
import { faultConfigSchema, type FaultConfig } from './control/faults';
import type { ClockMode } from './simulation/clock';

export interface SandboxOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Where state is kept; undefined keeps it in memory only. */
  dataDir?: string;
  accessKeyId?: string;
  /** Generated when absent. */
  accessKeySecret?: string;
  /** When set, the key pair is an STS credential and every request must carry this token. */
  securityToken?: string;
  /** Bearer token of the `/_sandbox/*` control endpoints; generated when absent. */
  controlToken?: string;
  /** Host names (besides IP literals and `localhost`) the control endpoints answer to. */
  allowedHosts?: string[];
  /** Instances in the default region (cn-shanghai); the other regions keep their seeded size. */
  instances?: number;
  limits?: Partial<Limits>;
  faults?: FaultConfig;
  clock?: ClockMode;
  /** Seed of the deterministic fleet. */
  seed?: number;
  /** Seed the account's history (seed-history.ts) on a fresh state and on reset; default true. */
  seedHistory?: boolean;
  log?: (line: string) => void;
}

const positiveInt = (max: number) => z.coerce.number().int().min(1).max(max);
const HOST_NAME = /^[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?)*$/;

/** Every variable, with its rule; a bad value names the variable. */
const ENV = {
  SANDBOX_HOST: z.string().min(1),
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65_535),
  SANDBOX_ACCESS_KEY_ID: z.string().min(1).max(128),
  SANDBOX_ACCESS_KEY_SECRET: z.string().min(1).max(256),
  SANDBOX_SECURITY_TOKEN: z.string().min(1),
  SANDBOX_CONTROL_TOKEN: z.string().min(16).max(512).regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces'),
  SANDBOX_ALLOWED_HOSTS: z
    .string()
    .transform((text) => text.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean))
    .pipe(z.array(z.string().regex(HOST_NAME, 'host names only, comma-separated, without ports (e.g. sandbox,ecs-sandbox)'))),
  SANDBOX_INSTANCES: positiveInt(100_000),
  SANDBOX_DATA_DIR: z.string().min(1),
  SANDBOX_CLOCK: z.enum(['real', 'manual']),
  SANDBOX_SEED: z.coerce.number().int().min(0).max(4_294_967_295),
  SANDBOX_SEED_HISTORY: z.enum(['0', '1', 'false', 'true'], { error: 'use 1 (seed the history) or 0 (an empty account)' }).transform((value) => value === '1' || value === 'true'),
  SANDBOX_MAX_INSTANCES_PER_CALL: positiveInt(10_000),
  SANDBOX_MAX_CONTENT_BYTES: positiveInt(10 * 1024 * 1024),
  SANDBOX_DAILY_QUOTA: positiveInt(100_000_000),
  SANDBOX_FAULTS: z.string().transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not JSON' });
      return z.NEVER;
    }
  }).pipe(faultConfigSchema),
} as const;

type EnvKey = keyof typeof ENV;

/** Variables whose value an error message must not repeat. */
const SECRET_KEYS: ReadonlySet<EnvKey> = new Set(['SANDBOX_ACCESS_KEY_SECRET', 'SANDBOX_SECURITY_TOKEN', 'SANDBOX_CONTROL_TOKEN']);

/** `process.env`, or any map of variables (tests pass a plain object). */
export type Environment = NodeJS.ProcessEnv | Readonly<Record<string, string | undefined>>;

function read<K extends EnvKey>(env: Environment, key: K): z.output<(typeof ENV)[K]> | undefined {
  const raw = env[key];
  if (raw === undefined || raw === '') return undefined;
  const parsed = ENV[key].safeParse(raw);
  if (!parsed.success) {
    const reason = parsed.error.issues.map((issue) => issue.message).join('; ');
    const shown = SECRET_KEYS.has(key) ? `${raw.length} characters` : JSON.stringify(raw.length > 80 ? `${raw.slice(0, 80)}…` : raw);
    throw new Error(`${key} is not valid (${shown}): ${reason}`);
  }
  return parsed.data as z.output<(typeof ENV)[K]>;
}

/** The sandbox's settings from `SANDBOX_*` variables (README.md lists them). */
export function sandboxOptionsFromEnv(env: Environment): SandboxOptions {
  const accessKeyId = read(env, 'SANDBOX_ACCESS_KEY_ID');
  const accessKeySecret = read(env, 'SANDBOX_ACCESS_KEY_SECRET');
  if ((accessKeyId === undefined) !== (accessKeySecret === undefined)) {
    throw new Error(
      `${accessKeyId === undefined ? 'SANDBOX_ACCESS_KEY_ID' : 'SANDBOX_ACCESS_KEY_SECRET'} is missing: set both SANDBOX_ACCESS_KEY_ID and SANDBOX_ACCESS_KEY_SECRET, or neither (a pair is then generated).`,
    );
  }
  const dataDir = read(env, 'SANDBOX_DATA_DIR') ?? 'data/sandbox';
  const limits: Partial<Limits> = {};
  const perCall = read(env, 'SANDBOX_MAX_INSTANCES_PER_CALL');
  const content = read(env, 'SANDBOX_MAX_CONTENT_BYTES');
  const quota = read(env, 'SANDBOX_DAILY_QUOTA');
  if (perCall !== undefined) limits.instancesPerCall = perCall;
  if (content !== undefined) limits.contentBase64Bytes = content;
  if (quota !== undefined) limits.dailyInvocations = quota;
  return {
    host: read(env, 'SANDBOX_HOST'),
    port: read(env, 'SANDBOX_PORT') ?? 8787,
    dataDir: dataDir === ':memory:' ? undefined : dataDir,
    accessKeyId,
    accessKeySecret,
    securityToken: read(env, 'SANDBOX_SECURITY_TOKEN'),
    controlToken: read(env, 'SANDBOX_CONTROL_TOKEN'),
    allowedHosts: read(env, 'SANDBOX_ALLOWED_HOSTS'),
    instances: read(env, 'SANDBOX_INSTANCES'),
    limits,
    faults: read(env, 'SANDBOX_FAULTS'),
    clock: read(env, 'SANDBOX_CLOCK'),
    seed: read(env, 'SANDBOX_SEED'),
    seedHistory: read(env, 'SANDBOX_SEED_HISTORY'),
  };
}
