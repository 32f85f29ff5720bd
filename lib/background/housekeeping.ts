import 'server-only';

import { expireApprovalRequests } from '@/lib/approvals/service';
import { purgeSignInThrottles } from '@/lib/auth/sign-in';
import { type Db } from '@/lib/db/client';
import { purgeInvocationCache } from '@/lib/db/invocation-cache';
import { purgeFormDrafts } from '@/lib/db/form-drafts';
import { purgeSettledEvents } from '@/lib/db/notify';
import { eraseExpiredSecrets } from '@/lib/db/launch-dispatch';
import { purgeOutputReads } from '@/lib/db/output-reads';
import { deleteExpiredSessions } from '@/lib/db/sessions';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/logger';

const EVERY_MS = 10 * 60_000;
const DAY_MS = 24 * 3_600_000;
/** Grouped outputs are kept a week after their read; asking again reads anew. */
const OUTPUT_READS_KEPT_MS = 7 * DAY_MS;
/** An expired form link (its draft already erased) still says "expired" this long, then is forgotten. */
const EXPIRED_LINKS_REMEMBERED_MS = 90 * DAY_MS;
/** Notification events and their deliveries are listed on a launch's page this long. */
const NOTIFICATIONS_KEPT_MS = 30 * DAY_MS;

/**
 * One pass: sessions that can no longer be used, throttle rows that decide nothing, sealed
 * secrets past their launch's deadline, stale reads of foreign InvokeIds and week-old grouped
 * outputs are deleted, as are month-old notification events nothing is still delivering; the
 * drafts of expired form links are erased; approval requests nobody decided in time expire, never sent.
 */
export async function purgeExpired(
  db: Db,
  absoluteHours: number,
  now = new Date(),
): Promise<{ sessions: number; throttles: number; secrets: number; invocations: number; outputReads: number; formDrafts: number; approvals: number; notifications: number }> {
  const sessions = await deleteExpiredSessions(db, now, new Date(now.getTime() - absoluteHours * 3_600_000));
  const throttles = await purgeSignInThrottles(db, now);
  const secrets = await eraseExpiredSecrets(db, now);
  const invocations = await purgeInvocationCache(db, new Date(now.getTime() - DAY_MS));
  const outputReads = await purgeOutputReads(db, new Date(now.getTime() - OUTPUT_READS_KEPT_MS));
  const formDrafts = await purgeFormDrafts(db, now, new Date(now.getTime() - EXPIRED_LINKS_REMEMBERED_MS));
  const approvals = await expireApprovalRequests(db, now);
  const notifications = await purgeSettledEvents(db, new Date(now.getTime() - NOTIFICATIONS_KEPT_MS));
  return { sessions, throttles, secrets, invocations, outputReads, formDrafts, approvals, notifications };
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
