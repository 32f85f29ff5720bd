import 'server-only';

import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

import { type CliProfile, cliProfile } from '@/lib/alibaba-cli-config';
import { parseApiRates } from '@/lib/ecs/budget-config';
import { parseTrustedProxies } from '@/lib/http/trusted-proxies';
import { isRegionId } from '@/lib/invoke/region';

/**
 * The environment, validated once. A wrong value stops the server with a message that
 * names the variable. Secrets (access keys, STS tokens, the admin password) are read
 * here and only here, on the server.
 */

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const integer = (fallback: number, min: number, max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return fallback;
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      return parsed;
    });

/** A whole number in range, or undefined when unset: the caller's default then depends on the mode. */
const optionalInteger = (min: number, max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return undefined;
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      return parsed;
    });

const regionList = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const regions = (value ?? '').split(',').map((region) => region.trim()).filter(Boolean);
    const bad = regions.find((region) => !isRegionId(region));
    if (bad) {
      ctx.addIssue({ code: 'custom', message: `"${bad}" is not a region ID (like cn-hangzhou)` });
      return z.NEVER;
    }
    return regions;
  });

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: integer(3000, 1, 65535),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  INVOKEDECK_URL: z.url({ message: 'must be a URL such as https://invokedeck.example.com' }).optional(),
  DATA_DIR: z.string().trim().min(1).default('data'),
  DATABASE_URL: optionalText.refine((value) => value === undefined || /^postgres(ql)?:\/\//.test(value), {
    message: 'must start with postgres:// (leave it unset for the built-in SQLite database)',
  }),
  INVOKEDECK_ADMIN_USERNAME: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, 'must be 2–32 lowercase letters, digits, dots, dashes or underscores')
    .default('admin'),
  INVOKEDECK_ADMIN_PASSWORD: optionalText.refine((value) => value === undefined || value.length >= 12, {
    message: 'must be at least 12 characters',
  }),
  SESSION_TTL_HOURS: integer(12, 1, 24 * 30),
  SESSION_ABSOLUTE_HOURS: integer(24, 1, 24 * 30),
  // How long "Copy link to this form" links open the form; the draft is erased after.
  DRAFT_LINK_TTL_DAYS: integer(30, 1, 365),
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `${error instanceof Error ? error.message : String(error)} (e.g. loopback,10.0.0.0/8, or a hop count such as 1)` });
      }
    }),
  SESSION_COOKIE_SECURE: z.enum(['auto', 'always', 'never']).default('auto'),
  INVOKEDECK_MODE: z.enum(['auto', 'sandbox', 'live']).default('auto'),
  ECS_REGIONS: regionList,
  ECS_ENDPOINT: optionalText.refine((value) => value === undefined || /^(https?:\/\/)?[A-Za-z0-9.-]+(:\d+)?\/?$/.test(value), {
    message: 'must be a host, host:port or http(s)://host:port',
  }),
  ECS_CONNECT_TIMEOUT_MS: integer(5_000, 100, 120_000),
  ECS_READ_TIMEOUT_MS: integer(15_000, 100, 300_000),
  ECS_MAX_ATTEMPTS: integer(4, 1, 10),
  // The API's rate budget (lib/ecs/budget.ts): calls per second per action, shared by every replica.
  ECS_API_RATE: z
    .string()
    .optional()
    .transform((value, ctx) => {
      try {
        return parseApiRates(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
        return z.NEVER;
      }
    }),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  // Observability (lib/observability): pretty lines for a terminal, and the token /api/metrics asks for.
  LOG_FORMAT: z.enum(['json', 'pretty']).default('json'),
  METRICS_TOKEN: optionalText.refine((value) => value === undefined || value.length >= 16, { message: 'must be at least 16 characters (openssl rand -hex 16)' }),
  // The launch engine (lib/launches): the key sealing secrets of unsent batches, and its pace.
  INVOKEDECK_SECRET_KEY: optionalText.refine((value) => value === undefined || Buffer.from(value, 'base64').length === 32, {
    message: 'must be 32 random bytes, base64-encoded (openssl rand -base64 32); every replica needs the same',
  }),
  OBSERVER_CALLS_PER_SECOND: integer(5, 1, 100),
  OUTPUT_READER_CALLS_PER_SECOND: integer(4, 1, 100),
  // The fleet snapshot (lib/fleet): how often a watched region is read, and the floor under any read of it.
  FLEET_REFRESH_INTERVAL_MS: integer(60_000, 1_000, 3_600_000),
  FLEET_REFRESH_MIN_INTERVAL_MS: integer(10_000, 0, 3_600_000),
  // Lists read from ECS that every viewer of a replica shares this long: region names, the form's command list (0: read each time).
  ECS_LIST_CACHE_MS: integer(15_000, 0, 600_000),
  DISPATCH_LEASE_SECONDS: integer(30, 2, 600),
  DISPATCH_MAX_ATTEMPTS: integer(5, 1, 20),
  DISPATCH_PARALLEL: integer(8, 1, 64),
  // The API's limits (lib/invoke/limits.ts): unset, live mode takes today's documented values and the
  // account's daily quota, sandbox mode the seed's (or the built-in sandbox's own SANDBOX_MAX_* settings).
  ECS_MAX_INSTANCES_PER_CALL: optionalInteger(1, 10_000),
  ECS_MAX_CONTENT_BYTES: optionalInteger(1_024, 10 * 1024 * 1024),
  ECS_DAILY_INVOCATION_QUOTA: optionalInteger(1, 100_000_000),
  SANDBOX_MAX_INSTANCES_PER_CALL: optionalInteger(1, 10_000),
  SANDBOX_MAX_CONTENT_BYTES: optionalInteger(1, 10 * 1024 * 1024),
  // Notifications (lib/notify): webhooks to private/loopback hosts (and plain http to them) only when allowed.
  WEBHOOK_ALLOW_PRIVATE_HOSTS: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  WEBHOOK_MAX_ATTEMPTS: integer(8, 1, 30),
  WEBHOOK_TIMEOUT_MS: integer(5_000, 500, 30_000),
  // Alibaba credential sources, read by the official credentials chain; named here to decide the mode.
  ALIBABA_CLOUD_ACCESS_KEY_ID: optionalText,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: optionalText,
  ALIBABA_CLOUD_SECURITY_TOKEN: optionalText,
  ALIBABA_CLOUD_CREDENTIALS_FILE: optionalText,
  ALIBABA_CLOUD_PROFILE: optionalText,
  ALIBABA_CLOUD_CLI_PROFILE_DISABLED: optionalText,
  ALIBABA_CLOUD_CREDENTIALS_URI: optionalText,
  ALIBABA_CLOUD_REGION_ID: optionalText.refine((value) => value === undefined || isRegionId(value), { message: 'must be a region ID (like cn-hangzhou)' }),
  ALIBABA_CLOUD_ECS_METADATA: optionalText,
  ALIBABA_CLOUD_ROLE_ARN: optionalText,
  ALIBABA_CLOUD_OIDC_PROVIDER_ARN: optionalText,
  ALIBABA_CLOUD_OIDC_TOKEN_FILE: optionalText,
  // Set by the launcher for the server it starts in sandbox mode.
  SANDBOX_ACCESS_KEY_ID: optionalText,
  SANDBOX_ACCESS_KEY_SECRET: optionalText,
});

/**
 * `defaultRegion`: live mode's region when ECS_REGIONS is not set, found as the aliyun CLI finds
 * it: ALIBABA_CLOUD_REGION_ID, else the CLI profile's region, else cn-hangzhou.
 */
export type Env = z.infer<typeof envSchema> & { mode: 'sandbox' | 'live'; publicUrl: string; defaultRegion: string };

/** Live mode's region when nothing names one. */
export const FALLBACK_LIVE_REGION = 'cn-hangzhou';

export class EnvError extends Error {
  override readonly name = 'EnvError';
}

/** `home`: where the aliyun CLI's and the SDK's files are looked for (the user's home unless a test says). */
export function parseEnv(source: NodeJS.ProcessEnv, home: string = homedir()): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = result.data;
  if (env.ALIBABA_CLOUD_ACCESS_KEY_ID && !env.ALIBABA_CLOUD_ACCESS_KEY_SECRET) {
    throw new EnvError('Invalid environment:\n  ALIBABA_CLOUD_ACCESS_KEY_SECRET: must be set when ALIBABA_CLOUD_ACCESS_KEY_ID is');
  }
  // The CLI's config file is read once: for the credentials and for the region.
  const profile = cliProfile(env, home);
  const credentials = hasLiveCredentials(env, home, profile);
  const mode = env.INVOKEDECK_MODE === 'auto' ? (credentials ? 'live' : 'sandbox') : env.INVOKEDECK_MODE;
  if (mode === 'live' && !credentials) {
    throw new EnvError(
      'Invalid environment:\n  INVOKEDECK_MODE: is "live" but no Alibaba credentials are configured (set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, a profile file, an aliyun CLI profile, an ECS RAM role, OIDC or ALIBABA_CLOUD_CREDENTIALS_URI)',
    );
  }
  const localHost = env.HOST === '0.0.0.0' || env.HOST === '::' ? 'localhost' : env.HOST;
  const profileRegion = profile?.regionId;
  const defaultRegion = env.ALIBABA_CLOUD_REGION_ID ?? (profileRegion && isRegionId(profileRegion) ? profileRegion : FALLBACK_LIVE_REGION);
  return { ...env, mode, defaultRegion, publicUrl: (env.INVOKEDECK_URL ?? `http://${localHost}:${env.PORT}`).replace(/\/$/, '') };
}

/**
 * Whether any source of the official credentials chain is configured, in the chain's order:
 * keys in the environment, OIDC, the aliyun CLI's profile, the profile file, the ECS RAM role,
 * a credentials URI.
 */
function hasLiveCredentials(env: z.infer<typeof envSchema>, home: string, profile: CliProfile | null): boolean {
  if (env.ALIBABA_CLOUD_ACCESS_KEY_ID) return true;
  if (env.ALIBABA_CLOUD_ROLE_ARN && env.ALIBABA_CLOUD_OIDC_PROVIDER_ARN && env.ALIBABA_CLOUD_OIDC_TOKEN_FILE) return true;
  if (profile) return true;
  const profileFile = env.ALIBABA_CLOUD_CREDENTIALS_FILE ?? join(home, '.alibabacloud', 'credentials.ini');
  if (existsSync(/*turbopackIgnore: true*/ profileFile)) return true;
  return Boolean(env.ALIBABA_CLOUD_ECS_METADATA || env.ALIBABA_CLOUD_CREDENTIALS_URI);
}

let cached: Env | undefined;

/** The validated environment of this process. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
