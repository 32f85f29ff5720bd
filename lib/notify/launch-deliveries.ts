import 'server-only';

import { type Db } from '@/lib/db/client';
import { countWebhooksForLaunch, listLaunchDeliveries, listWebhookOptions } from '@/lib/db/notify';

import { EVENT_KINDS, type EventKind } from './events';
import { isWebhookKind } from './kinds';
import { type DeliveryView, type WebhookOption } from './schema';

export interface LaunchDeliveries {
  deliveries: DeliveryView[];
  /** Enabled webhooks that would hear of this launch: none and no deliveries, and the page says nothing. */
  webhooks: number;
}

const isEventKind = (value: string): value is EventKind => (EVENT_KINDS as readonly string[]).includes(value);

export async function readLaunchDeliveries(db: Db, launchId: string, presetId: string | null): Promise<LaunchDeliveries> {
  const [rows, webhooks] = await Promise.all([listLaunchDeliveries(db, launchId), countWebhooksForLaunch(db, launchId, presetId)]);
  return {
    webhooks,
    deliveries: rows.map((row) => ({
      id: row.id,
      webhookName: row.webhook_name,
      event: isEventKind(row.kind) ? row.kind : 'launch.failed',
      status: row.status,
      attempts: row.attempts,
      statusCode: row.last_status_code,
      error: row.last_error,
      nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
      updatedAt: row.updated_at,
      deliveredAt: row.delivered_at,
    })),
  };
}

/** The webhooks a launch form may list: opt-in ones to pick, global ones shown as always sent. */
export async function readWebhookOptions(db: Db): Promise<WebhookOption[]> {
  return (await listWebhookOptions(db)).flatMap((row) => (isWebhookKind(row.kind) ? [{ id: row.id, name: row.name, kind: row.kind, global: row.scope === 'all' }] : []));
}
