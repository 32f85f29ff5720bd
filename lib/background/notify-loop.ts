import 'server-only';

import { type Db } from '@/lib/db/client';
import { deliveryCounts } from '@/lib/db/notify';
import { logger } from '@/lib/logger';
import { registerWebhookDeliveryCounts } from '@/lib/observability/metrics';
import { createDeliveryWorker } from '@/lib/notify/worker-instance';

const IDLE_MS = 1_000;

/**
 * The outbox's delivery worker in this process: straight on while there are due deliveries,
 * else once a second. Every replica runs one; the deliveries' leases decide who posts what.
 */
export function startNotifyLoop(getDb: () => Promise<Db>): () => void {
  let running = true;
  // Counted from the outbox at each scrape, so every replica reports the cluster's figures.
  registerWebhookDeliveryCounts(async () => deliveryCounts(await getDb()));
  void (async () => {
    const worker = createDeliveryWorker(await getDb());
    while (running) {
      let handled = 0;
      try {
        handled = await worker.tick();
      } catch (error) {
        logger.warn('webhook delivery pass failed', { error: error instanceof Error ? error.message : String(error) });
      }
      if (handled === 0) await new Promise((resolve) => setTimeout(resolve, IDLE_MS).unref());
    }
  })().catch((error: unknown) => logger.error('the webhook delivery worker did not start', { error: error instanceof Error ? error.message : String(error) }));
  return () => {
    running = false;
  };
}
