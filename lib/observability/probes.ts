import 'server-only';

import { getDb } from '@/lib/db';
import { createEcsClient, type EcsClient, ecsOptionsFromEnv } from '@/lib/ecs';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/logger';

import { createReadiness } from './readiness';

const holder = globalThis as unknown as { invokedeckReadiness?: ReturnType<typeof createReadiness>; invokedeckProbeEcs?: EcsClient };

/** The readiness of this process, against the app's database and ECS endpoint. */
export function getReadiness(): ReturnType<typeof createReadiness> {
  holder.invokedeckReadiness ??= createReadiness({ db: getDb, ecs: probeClient });
  return holder.invokedeckReadiness;
}

/** The app's ECS settings, but one attempt with short timeouts: the probe reports, it does not persevere. */
function probeClient(): EcsClient {
  holder.invokedeckProbeEcs ??= createEcsClient({ ...ecsOptionsFromEnv(getEnv()), logger, maxAttempts: 1, connectTimeoutMs: 1_000, readTimeoutMs: 2_000 });
  return holder.invokedeckProbeEcs;
}
