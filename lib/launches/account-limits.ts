import 'server-only';

import { type Db } from '@/lib/db/client';
import { findLaunch } from '@/lib/db/launches';
import { type EcsClient, type RegionGuard } from '@/lib/ecs';
import { type Env, getEnv } from '@/lib/env';
import { type Limits, limitsFor, type QuotaSource } from '@/lib/invoke/limits';
import { logger } from '@/lib/logger';

/**
 * The limits this server applies: the mode's documented defaults (lib/invoke/limits.ts), what
 * the environment sets, and the daily quota the account itself states. Sandbox mode reads its
 * account too (the built-in sandbox answers DescribeAccountAttributes with its own quota).
 */

/** The mode's limits with the environment's settings; in sandbox mode the sandbox's own SANDBOX_MAX_* agree with it. */
export function appLimits(env: Env = getEnv()): Limits {
  const sandbox = env.mode === 'sandbox';
  return limitsFor(env.mode, {
    instancesPerCall: env.ECS_MAX_INSTANCES_PER_CALL ?? (sandbox ? env.SANDBOX_MAX_INSTANCES_PER_CALL : undefined),
    contentBase64Bytes: env.ECS_MAX_CONTENT_BYTES ?? (sandbox ? env.SANDBOX_MAX_CONTENT_BYTES : undefined),
    dailyInvocations: env.ECS_DAILY_INVOCATION_QUOTA,
  });
}

/** The account's figure changes when someone raises it in Quota Center: rarely. A failed read is retried sooner. */
const ACCOUNT_QUOTA_TTL_MS = 10 * 60_000;
const FAILED_READ_TTL_MS = 60_000;

// Per process, per region: a cache of the account's own figure, never state another replica needs.
const accountQuotas = new Map<string, { quota: number | null; until: number }>();

/** For tests: read the account again on the next call. */
export function forgetAccountQuotas(): void {
  accountQuotas.clear();
}

/**
 * Today's daily quota in `region` and where the figure came from: ECS_DAILY_INVOCATION_QUOTA
 * when set, else the account's `max-axt-invocation-daily`, else the mode's documented default
 * (the calls are counted against it either way).
 */
export async function dailyQuota(ecs: EcsClient, region: string, env: Env = getEnv(), now = Date.now()): Promise<{ limit: number; source: QuotaSource }> {
  if (env.ECS_DAILY_INVOCATION_QUOTA !== undefined) return { limit: env.ECS_DAILY_INVOCATION_QUOTA, source: 'configured' };
  let cached = accountQuotas.get(region);
  if (!cached || cached.until <= now) {
    const quota = await readAccountQuota(ecs, region);
    cached = { quota, until: now + (quota === null ? FAILED_READ_TTL_MS : ACCOUNT_QUOTA_TTL_MS) };
    accountQuotas.set(region, cached);
  }
  return cached.quota === null ? { limit: limitsFor(env.mode).dailyInvocations, source: 'default' } : { limit: cached.quota, source: 'account' };
}

async function readAccountQuota(ecs: EcsClient, region: string): Promise<number | null> {
  try {
    return (await ecs.describeDailyInvocationQuota(region)).quota;
  } catch (error) {
    // A RAM user without ecs:DescribeAccountAttributes still launches, counted against the default.
    logger.warn('the daily quota could not be read from the account; counting against the default', { region, error: error instanceof Error ? error.message : String(error) });
    return null;
  }
}

/** The limits of a launch in `region`. A region not allowed here is refused by the launch before any call, so its quota is not asked. */
export async function limitsForRegion(ecs: EcsClient, regions: RegionGuard, region: string, env: Env = getEnv()): Promise<Limits> {
  const limits = appLimits(env);
  if (!(await regions.allows(region))) return limits;
  return { ...limits, dailyInvocations: (await dailyQuota(ecs, region, env)).limit };
}

/** The limits a resend of one of the launch's batches counts against. */
export async function limitsForLaunch(db: Db, ecs: EcsClient, regions: RegionGuard, launchId: string, env: Env = getEnv()): Promise<Limits> {
  const launch = await findLaunch(db, launchId);
  return launch ? limitsForRegion(ecs, regions, launch.region_id, env) : appLimits(env);
}
