import 'server-only';

import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

import { type Db } from '@/lib/db/client';
import { getEnv } from '@/lib/env';

import { notifyKey } from './keys';
import { DeliveryWorker } from './worker';

/** This process's delivery worker, configured from the environment. */
export function createDeliveryWorker(db: Db): DeliveryWorker {
  const env = getEnv();
  return new DeliveryWorker({
    db,
    owner: `${hostname()}:${process.pid}:notify:${randomBytes(4).toString('hex')}`,
    key: notifyKey(),
    publicUrl: env.publicUrl,
    maxAttempts: env.WEBHOOK_MAX_ATTEMPTS,
    timeoutMs: env.WEBHOOK_TIMEOUT_MS,
    allowPrivate: env.WEBHOOK_ALLOW_PRIVATE_HOSTS,
  });
}
