import 'server-only';

import { type Env, getEnv } from '@/lib/env';

export type ModeInfo = { kind: 'sandbox' } | { kind: 'live'; regions: string[] };

/** Regions offered in live mode when ECS_REGIONS is not set. */
export const DEFAULT_LIVE_REGIONS = ['cn-hangzhou'];

export function modeInfo(env: Env = getEnv()): ModeInfo {
  if (env.mode === 'sandbox') return { kind: 'sandbox' };
  return { kind: 'live', regions: env.ECS_REGIONS.length ? env.ECS_REGIONS : DEFAULT_LIVE_REGIONS };
}
