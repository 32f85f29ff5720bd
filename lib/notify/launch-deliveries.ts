import 'server-only';

import { type Db } from '@/lib/db/client';
import { findLaunch } from '@/lib/db/launches';
import { countWebhooksForLaunch, listLaunchDeliveries, listWebhookOptions } from '@/lib/db/notify';
import { isTerminal } from '@/lib/launches/status';

import { EVENT_KINDS, type EventKind } from './events';
import { isWebhookKind } from './kinds';
import { type LaunchDeliveries, type WebhookOption } from './schema';


const isEventKind = (value: string): value is EventKind => (EVENT_KINDS as readonly string[]).includes(value);

/** A launch's deliveries, or null when there is no such launch. */
export async function readLaunchDeliveries(db: Db, launchId: string): Promise<LaunchDeliveries | null> {
  const launch = await findLaunch(db, launchId);
  if (!launch) return null;
  const [rows, webhooks] = await Promise.all([listLaunchDeliveries(db, launchId), countWebhooksForLaunch(db, launchId, launch.preset_id)]);
  return {
    webhooks,
    final: isTerminal(launch.status),
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
