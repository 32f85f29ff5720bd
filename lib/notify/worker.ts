import 'server-only';

import { type Db } from '@/lib/db/client';
import { claimDeliveries, type DeliveryResult, type DeliveryRow, findEvent, findWebhook, recordAttempt } from '@/lib/db/notify';
import { type SecretKey } from '@/lib/launches/secret-box';

import { type NotificationEvent } from './events';
import { buildRequest } from './formats';
import { openValue } from './keys';
import { isWebhookKind } from './kinds';
import { type AttemptOutcome, judgeResponse } from './response';
import { type Poster, postWebhook, TransportError } from './transport';
import { urlProblem } from './url-policy';

export interface DeliveryWorkerOptions {
  db: Db;
  /** This process's name in leases. */
  owner: string;
  key: SecretKey;
  /** Links in messages point here. */
  publicUrl: string;
  maxAttempts: number;
  timeoutMs: number;
  allowPrivate: boolean;
  /** The first retry waits about this long; each next one twice as long, up to `backoffMaxMs`. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** Deliveries taken per pass. */
  batch?: number;
  post?: Poster;
  now?: () => Date;
  random?: () => number;
  /** Told every finished attempt's status (metrics). */
  onAttempt?: (status: DeliveryResult['status']) => void;
}

/**
 * Exponential backoff with jitter: attempt n waits between half and all of base·2^(n-1),
 * capped, so receivers that failed together are not all retried at the same instant.
 */
export function backoffMs(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * The outbox's delivery worker. Each pass claims due deliveries with a lease (so one worker
 * in any replica posts each one), posts them, and records the outcome while still holding the
 * lease. A worker that dies mid-post loses its lease, and another takes the delivery over.
 */
export class DeliveryWorker {
  private readonly now: () => Date;

  constructor(private readonly options: DeliveryWorkerOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** One pass; returns how many deliveries it attempted. */
  async tick(): Promise<number> {
    const now = this.now();
    const leaseMs = this.options.timeoutMs * 2 + 5_000;
    const claimed = await claimDeliveries(this.options.db, this.options.owner, now, new Date(now.getTime() + leaseMs), this.options.batch ?? 10);
    await Promise.all(claimed.map((delivery) => this.deliver(delivery)));
    return claimed.length;
  }

  private async deliver(delivery: DeliveryRow): Promise<void> {
    const outcome = await this.attempt(delivery);
    const now = this.now();
    const attempts = delivery.attempts + 1;
    let result: DeliveryResult;
    if (outcome.ok) {
      result = { status: 'delivered', next_attempt_at: null, last_status_code: outcome.statusCode, last_error: null, delivered_at: now.toISOString() };
    } else {
      const again = outcome.retry && attempts < this.options.maxAttempts;
      const wait = backoffMs(attempts, this.options.backoffBaseMs ?? 10_000, this.options.backoffMaxMs ?? 3_600_000, this.options.random ?? Math.random);
      result = {
        status: again ? 'pending' : 'failed',
        next_attempt_at: again ? new Date(now.getTime() + wait).toISOString() : null,
        last_status_code: outcome.statusCode,
        last_error: outcome.error,
        delivered_at: null,
      };
    }
    if (await recordAttempt(this.options.db, delivery.id, this.options.owner, result, now)) this.options.onAttempt?.(result.status);
  }

  private async attempt(delivery: DeliveryRow): Promise<AttemptOutcome> {
    const { db, key } = this.options;
    const webhook = delivery.webhook_id ? await findWebhook(db, delivery.webhook_id) : undefined;
    if (!webhook || !isWebhookKind(webhook.kind)) return { ok: false, statusCode: null, error: 'The webhook was deleted.', retry: false };
    if (webhook.enabled !== 1) return { ok: false, statusCode: null, error: 'The webhook is turned off.', retry: false };
    const event = await findEvent(db, delivery.event_id);
    if (!event) return { ok: false, statusCode: null, error: 'The event is gone.', retry: false };
    let url: string;
    let secret: string | null;
    try {
      url = openValue(key, webhook.url_box, webhook.id, 'url');
      secret = webhook.secret_box ? openValue(key, webhook.secret_box, webhook.id, 'secret') : null;
    } catch (error) {
      // Another replica with another key may open it: try again later rather than give up.
      return { ok: false, statusCode: null, error: error instanceof Error ? error.message : 'The webhook\u2019s sealed values do not open.', retry: true };
    }
    const problem = urlProblem(url, this.options.allowPrivate);
    if (problem) return { ok: false, statusCode: null, error: problem, retry: false };
    const request = buildRequest({ kind: webhook.kind, url, secret }, JSON.parse(event.payload) as NotificationEvent, {
      deliveryId: delivery.id,
      eventId: event.id,
      publicUrl: this.options.publicUrl,
      now: this.now(),
    });
    return sendOnce(this.options.post ?? postWebhook, webhook.kind, request, { timeoutMs: this.options.timeoutMs, allowPrivate: this.options.allowPrivate });
  }
}

/** Post and judge one request; a transport failure (refused, timed out) is worth retrying. */
export async function sendOnce(post: Poster, kind: Parameters<typeof judgeResponse>[0], request: Parameters<Poster>[0], options: Parameters<Poster>[1]): Promise<AttemptOutcome> {
  try {
    const answer = await post(request, options);
    return judgeResponse(kind, answer.statusCode, answer.body);
  } catch (error) {
    return { ok: false, statusCode: null, error: error instanceof TransportError ? error.message : 'The post failed.', retry: true };
  }
}
