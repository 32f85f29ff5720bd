import 'server-only';

import { purgeSignInThrottles } from '@/lib/auth/sign-in';
import { type Db } from '@/lib/db/client';
import { purgeInvocationCache } from '@/lib/db/invocation-cache';
import { eraseExpiredSecrets } from '@/lib/db/launch-dispatch';
import { deleteExpiredSessions } from '@/lib/db/sessions';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/logger';

const EVERY_MS = 10 * 60_000;

/**
 * One pass: sessions that can no longer be used, throttle rows that decide nothing, sealed
 * secrets past their launch's deadline and stale reads of foreign InvokeIds are deleted.
 */
export async function purgeExpired(db: Db, absoluteHours: number, now = new Date()): Promise<{ sessions: number; throttles: number; secrets: number; invocations: number }> {
  const sessions = await deleteExpiredSessions(db, now, new Date(now.getTime() - absoluteHours * 3_600_000));
  const throttles = await purgeSignInThrottles(db, now);
  const secrets = await eraseExpiredSecrets(db, now);
  const invocations = await purgeInvocationCache(db, new Date(now.getTime() - 24 * 3_600_000));
  return { sessions, throttles, secrets, invocations };
}

/**
 * Every replica runs this; the deletes are idempotent, so two replicas purging at once is
 * harmless. Failures are logged and tried again at the next pass.
 */
export function startHousekeeping(getDb: () => Promise<Db>): () => void {
  const run = async () => {
    try {
      const purged = await purgeExpired(await getDb(), getEnv().SESSION_ABSOLUTE_HOURS);
      if (Object.values(purged).some(Boolean)) logger.info('purged expired rows', purged);
    } catch (error) {
      logger.warn('housekeeping failed', { error: error instanceof Error ? error.message : String(error) });
    }
  };
  const first = setTimeout(() => void run(), 5_000);
  const timer = setInterval(() => void run(), EVERY_MS);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
