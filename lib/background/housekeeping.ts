import 'server-only';

import { purgeSignInThrottles } from '@/lib/auth/sign-in';
import { type Db } from '@/lib/db/client';
import { deleteExpiredSessions } from '@/lib/db/sessions';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/logger';

const EVERY_MS = 10 * 60_000;

/** One pass: sessions that can no longer be used and throttle rows that decide nothing are deleted. */
export async function purgeExpired(db: Db, absoluteHours: number, now = new Date()): Promise<{ sessions: number; throttles: number }> {
  const sessions = await deleteExpiredSessions(db, now, new Date(now.getTime() - absoluteHours * 3_600_000));
  const throttles = await purgeSignInThrottles(db, now);
  return { sessions, throttles };
}

/**
 * Every replica runs this; the deletes are idempotent, so two replicas purging at once is
 * harmless. Failures are logged and tried again at the next pass.
 */
export function startHousekeeping(getDb: () => Promise<Db>): () => void {
  const run = async () => {
    try {
      const purged = await purgeExpired(await getDb(), getEnv().SESSION_ABSOLUTE_HOURS);
      if (purged.sessions || purged.throttles) logger.info('purged expired rows', purged);
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
