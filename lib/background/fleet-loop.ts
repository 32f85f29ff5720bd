import 'server-only';

import { getFleetRefresher } from '@/lib/fleet/instance';
import { logger } from '@/lib/logger';

/** A pass only looks at a small table; reading is paced by the refresh intervals, not by this. */
const EVERY_MS = 1_000;

/**
 * The fleet refresher in this process, once a second: a region due for a read (watched and
 * old, or asked for) is read by whichever replica takes its lease first.
 */
export function startFleetLoop(): () => void {
  let running = true;
  void (async () => {
    const refresher = await getFleetRefresher();
    while (running) {
      try {
        await refresher.tick();
      } catch (error) {
        logger.warn('fleet refresh pass failed', { error: error instanceof Error ? error.message : String(error) });
      }
      await new Promise((resolve) => setTimeout(resolve, EVERY_MS).unref());
    }
  })().catch((error: unknown) => logger.error('the fleet refresher did not start', { error: error instanceof Error ? error.message : String(error) }));
  return () => {
    running = false;
  };
}
