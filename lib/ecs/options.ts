import 'server-only';

import { type Env, FALLBACK_LIVE_REGION } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { logger } from '@/lib/logger';

import type { EcsBudget } from './budget';
import { type RegionGuard } from './region-guard';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry';

export type EcsLogger = Pick<typeof logger, 'debug' | 'info' | 'warn' | 'error'>;

export interface EcsCredentials {
  accessKeyId: string;
  accessKeySecret: string;
  /** An STS token: sent as x-acs-security-token (signed), never logged. */
  securityToken?: string;
}

export interface EcsClientOptions {
  /** host, host:port or http(s)://host:port. Unset: Alibaba's endpoint for each region. */
  endpoint?: string;
  /** Fixed keys (the sandbox, tests). Unset: @alicloud/credentials' default chain. */
  credentials?: EcsCredentials;
  connectTimeoutMs?: number;
  readTimeoutMs?: number;
  /** Attempts per call, the first included. */
  maxAttempts?: number;
  retry?: Partial<Omit<RetryPolicy, 'maxAttempts'>>;
  logger?: EcsLogger;
  /** Waits between attempts; tests pass one that records instead of sleeping. */
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1); the jitter source. */
  random?: () => number;
  /** Where calls that name no region go (DescribeRegions). Always allowed: it is ours, not the caller's. */
  defaultRegion?: string;
  /** The regions calls may name; unset allows any well-formed region (tests, tools). */
  regions?: RegionGuard;
  /** The API rate budget shared through the database (createEcsBudget); unset: calls are not budgeted (tests, tools). */
  budget?: EcsBudget;
}

export interface ResolvedEndpoint {
  /** host[:port], no scheme: the SDK sends it as the Host header. */
  host: string;
  protocol: 'http' | 'https';
}

/** Accepts what ECS_ENDPOINT accepts; a bare host means HTTPS. */
export function parseEndpoint(value: string): ResolvedEndpoint {
  const match = /^(?:(https?):\/\/)?([^/]+?)\/?$/i.exec(value.trim());
  if (!match?.[2]) throw new AppError('ECS_CONFIG', 500, `ECS_ENDPOINT "${value}" is not a host, host:port or http(s)://host:port.`);
  return { host: match[2], protocol: match[1]?.toLowerCase() === 'http' ? 'http' : 'https' };
}

export interface ResolvedOptions {
  endpoint: ResolvedEndpoint | null;
  credentials: EcsCredentials | null;
  connectTimeoutMs: number;
  readTimeoutMs: number;
  retry: RetryPolicy;
  logger: EcsLogger | null;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  defaultRegion: string;
  regions: RegionGuard | null;
  budget: EcsBudget | null;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function resolveOptions(options: EcsClientOptions): ResolvedOptions {
  return {
    endpoint: options.endpoint ? parseEndpoint(options.endpoint) : null,
    credentials: options.credentials ?? null,
    connectTimeoutMs: options.connectTimeoutMs ?? 5_000,
    readTimeoutMs: options.readTimeoutMs ?? 15_000,
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry, maxAttempts: Math.max(1, options.maxAttempts ?? 4) },
    logger: options.logger ?? null,
    sleep: options.sleep ?? realSleep,
    random: options.random ?? Math.random,
    defaultRegion: options.defaultRegion ?? FALLBACK_LIVE_REGION,
    regions: options.regions ?? null,
    budget: options.budget ?? null,
  };
}

/**
 * The options the app runs with. Sandbox mode: the launcher's endpoint and key pair. Live
 * mode: the credentials chain, and ECS_ENDPOINT only when set.
 */
export function ecsOptionsFromEnv(env: Env): EcsClientOptions {
  const common = {
    connectTimeoutMs: env.ECS_CONNECT_TIMEOUT_MS,
    readTimeoutMs: env.ECS_READ_TIMEOUT_MS,
    maxAttempts: env.ECS_MAX_ATTEMPTS,
    ...(env.ECS_ENDPOINT && { endpoint: env.ECS_ENDPOINT }),
  };
  if (env.mode === 'live') {
    return { ...common, defaultRegion: env.ECS_REGIONS[0] ?? env.defaultRegion };
  }
  if (!env.ECS_ENDPOINT || !env.SANDBOX_ACCESS_KEY_ID || !env.SANDBOX_ACCESS_KEY_SECRET) {
    throw new AppError(
      'ECS_CONFIG',
      500,
      'Sandbox mode needs ECS_ENDPOINT, SANDBOX_ACCESS_KEY_ID and SANDBOX_ACCESS_KEY_SECRET: start the app with `npm start`, which starts the sandbox and sets them.',
    );
  }
  return {
    ...common,
    credentials: { accessKeyId: env.SANDBOX_ACCESS_KEY_ID, accessKeySecret: env.SANDBOX_ACCESS_KEY_SECRET },
  };
}
