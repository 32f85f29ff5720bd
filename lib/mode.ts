import 'server-only';

import { type Env, getEnv } from '@/lib/env';

export type ModeInfo = { kind: 'sandbox' } | { kind: 'live'; regions: string[] };

export function modeInfo(env: Env = getEnv()): ModeInfo {
  if (env.mode === 'sandbox') return { kind: 'sandbox' };
  // Without ECS_REGIONS, the one region the aliyun CLI would use (ALIBABA_CLOUD_REGION_ID, the CLI profile's).
  return { kind: 'live', regions: env.ECS_REGIONS.length ? env.ECS_REGIONS : [env.defaultRegion] };
}
