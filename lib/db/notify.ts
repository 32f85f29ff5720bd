import 'server-only';

import { type ExpressionBuilder } from 'kysely';

import { type Db } from './client';
import { isPostgres } from './migrations/dialect';
import { type Database, type NotificationEventsTable, type WebhookDeliveriesTable, type WebhooksTable } from './schema';

export type WebhookRow = WebhooksTable;
export type DeliveryRow = WebhookDeliveriesTable;
export type EventRow = NotificationEventsTable;

export function insertWebhook(db: Db, row: WebhookRow): Promise<unknown> {
  return db.insertInto('webhooks').values(row).execute();
}

export async function updateWebhook(db: Db, id: string, change: Partial<Omit<WebhookRow, 'id' | 'created_at' | 'created_by_username'>>): Promise<boolean> {
  const result = await db.updateTable('webhooks').set(change).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Delete a webhook: what it still had to deliver is cancelled; delivered rows keep its name. */
export async function deleteWebhook(db: Db, id: string, now: Date): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    await tx
      .updateTable('webhook_deliveries')
      .set({ status: 'cancelled', last_error: 'The webhook was deleted.', lease_owner: null, lease_until: null, next_attempt_at: null, updated_at: now.toISOString() })
      .where('webhook_id', '=', id)
      .where('status', '=', 'pending')
      .execute();
    const result = await tx.deleteFrom('webhooks').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  });
}

export function findWebhook(db: Db, id: string): Promise<WebhookRow | undefined> {
  return db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listWebhooks(db: Db): Promise<WebhookRow[]> {
  return db.selectFrom('webhooks').selectAll().orderBy('name').orderBy('id').execute();
}

/** Each webhook's latest delivery: the admin list shows whether it works. */
export async function lastDeliveries(db: Db): Promise<Map<string, Pick<DeliveryRow, 'status' | 'last_status_code' | 'last_error' | 'updated_at'>>> {
  const latest = db.selectFrom('webhook_deliveries').select((eb) => ['webhook_id', eb.fn.max('updated_at').as('at')]).where('webhook_id', 'is not', null).groupBy('webhook_id').as('latest');
  const rows = await db
    .selectFrom('webhook_deliveries as d')
    .innerJoin(latest, (join) => join.onRef('latest.webhook_id', '=', 'd.webhook_id').onRef('latest.at', '=', 'd.updated_at'))
    .select(['d.webhook_id', 'd.status', 'd.last_status_code', 'd.last_error', 'd.updated_at'])
    .execute();
  return new Map(rows.map((row) => [row.webhook_id ?? '', row]));
}

/**
 * Which webhooks a launch may opt in to or a form may show: the enabled ones, no URL, no
 * secret. `scope` tells the picker which are sent anyway.
 */
export function listWebhookOptions(db: Db): Promise<Pick<WebhookRow, 'id' | 'name' | 'kind' | 'scope' | 'events'>[]> {
  return db.selectFrom('webhooks').select(['id', 'name', 'kind', 'scope', 'events']).where('enabled', '=', 1).orderBy('name').execute();
}

/** The opt-in webhooks a launch picked, in the launch's own transaction; unknown IDs are dropped. */
export async function setLaunchWebhooks(tx: Db, launchId: string, webhookIds: readonly string[]): Promise<void> {
  await tx.deleteFrom('launch_webhooks').where('launch_id', '=', launchId).execute();
  if (webhookIds.length === 0) return;
  await tx
    .insertInto('launch_webhooks')
    .columns(['launch_id', 'webhook_id'])
    .expression((eb) => eb.selectFrom('webhooks').select([eb.val(launchId).as('launch_id'), 'id']).where('id', 'in', [...webhookIds]))
    .execute();
}

export async function setPresetWebhooks(db: Db, presetId: string, webhookIds: readonly string[]): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('preset_webhooks').where('preset_id', '=', presetId).execute();
    if (webhookIds.length === 0) return;
    await tx
      .insertInto('preset_webhooks')
      .columns(['preset_id', 'webhook_id'])
      .expression((eb) => eb.selectFrom('webhooks').select([eb.val(presetId).as('preset_id'), 'id']).where('id', 'in', [...webhookIds]))
      .execute();
  });
}

export async function listLaunchWebhookIds(db: Db, launchId: string): Promise<string[]> {
  return (await db.selectFrom('launch_webhooks').select('webhook_id').where('launch_id', '=', launchId).execute()).map((row) => row.webhook_id);
}

export async function listPresetWebhookIds(db: Db, presetId: string): Promise<string[]> {
  return (await db.selectFrom('preset_webhooks').select('webhook_id').where('preset_id', '=', presetId).execute()).map((row) => row.webhook_id);
}

/**
 * The enabled webhooks an event goes to: the global ones and those the launch or its preset
 * picked, each only when it subscribes to the event's kind (matched in code: `events` is JSON).
 */
export async function webhooksFor(tx: Db, kind: string, launchId: string | null, presetId: string | null): Promise<Pick<WebhookRow, 'id' | 'name'>[]> {
  const rows = await tx
    .selectFrom('webhooks')
    .select(['id', 'name', 'events'])
    .where('enabled', '=', 1)
    .where((eb) =>
      eb.or([
        eb('scope', '=', 'all'),
        ...(launchId ? [eb('id', 'in', eb.selectFrom('launch_webhooks').select('webhook_id').where('launch_id', '=', launchId))] : []),
        ...(presetId ? [eb('id', 'in', eb.selectFrom('preset_webhooks').select('webhook_id').where('preset_id', '=', presetId))] : []),
      ]),
    )
    .execute();
  return rows.filter((row) => (JSON.parse(row.events) as string[]).includes(kind)).map(({ id, name }) => ({ id, name }));
}

/** Record an event once: false when one with its dedupe key exists (recorded by another writer). */
export async function insertEvent(tx: Db, row: EventRow): Promise<boolean> {
  const result = await tx.insertInto('notification_events').values(row).onConflict((oc) => oc.column('dedupe_key').doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export function findEvent(db: Db, id: string): Promise<EventRow | undefined> {
  return db.selectFrom('notification_events').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertDeliveries(tx: Db, rows: DeliveryRow[]): Promise<void> {
  if (rows.length) await tx.insertInto('webhook_deliveries').values(rows).execute();
}

const due = (at: string) => (eb: ExpressionBuilder<Database, 'webhook_deliveries'>) =>
  eb.and([
    eb('status', '=', 'pending'),
    eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', at)]),
    eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', at)]),
  ]);

/**
 * Take up to `limit` due deliveries for `owner` until `until`, in one statement: on PostgreSQL
 * rows another replica is taking are skipped (FOR UPDATE SKIP LOCKED) and the update re-checks
 * that each is still due, so no two workers hold one delivery; SQLite has one writer at a time.
 */
export async function claimDeliveries(db: Db, owner: string, now: Date, until: Date, limit: number): Promise<DeliveryRow[]> {
  const at = now.toISOString();
  let candidates = db.selectFrom('webhook_deliveries').select('id').where(due(at)).orderBy('next_attempt_at').limit(limit);
  if (isPostgres(db)) candidates = candidates.forUpdate().skipLocked();
  return db
    .updateTable('webhook_deliveries')
    .set({ lease_owner: owner, lease_until: until.toISOString() })
    .where('id', 'in', candidates)
    .where(due(at))
    .returningAll()
    .execute();
}

export type DeliveryResult = Pick<DeliveryRow, 'status' | 'next_attempt_at' | 'last_status_code' | 'last_error' | 'delivered_at'>;

/** Record an attempt, only while `owner` still holds the delivery: false when its lease was lost. */
export async function recordAttempt(db: Db, id: string, owner: string, result: DeliveryResult, now: Date): Promise<boolean> {
  const updated = await db
    .updateTable('webhook_deliveries')
    .set((eb) => ({ ...result, attempts: eb('attempts', '+', 1), lease_owner: null, lease_until: null, updated_at: now.toISOString() }))
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

export function listLaunchDeliveries(db: Db, launchId: string): Promise<(DeliveryRow & { kind: string })[]> {
  return db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('notification_events as e', 'e.id', 'd.event_id')
    .selectAll('d')
    .select('e.kind')
    .where('d.launch_id', '=', launchId)
    .orderBy('d.created_at')
    .orderBy('d.webhook_name')
    .execute();
}

/** How many enabled webhooks would hear about this launch: the launch page shows its notifications section only then. */
export async function countWebhooksForLaunch(db: Db, launchId: string, presetId: string | null): Promise<number> {
  const all = await db
    .selectFrom('webhooks')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('enabled', '=', 1)
    .where((eb) =>
      eb.or([
        eb('scope', '=', 'all'),
        eb('id', 'in', eb.selectFrom('launch_webhooks').select('webhook_id').where('launch_id', '=', launchId)),
        ...(presetId ? [eb('id', 'in', eb.selectFrom('preset_webhooks').select('webhook_id').where('preset_id', '=', presetId))] : []),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(all.n);
}

/** Deliveries by status, for the metrics endpoint. */
export async function deliveryCounts(db: Db): Promise<Record<string, number>> {
  const rows = await db.selectFrom('webhook_deliveries').select(['status', (eb) => eb.fn.countAll().as('n')]).groupBy('status').execute();
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
}

/**
 * Forget events older than `before` once none of their deliveries is still pending: the launch
 * page's delivery list reaches back that far, and an ended launch never records the same event again.
 */
export async function purgeSettledEvents(db: Db, before: Date): Promise<number> {
  const old = db
    .selectFrom('notification_events as e')
    .select('e.id')
    .where('e.created_at', '<', before.toISOString())
    .where((eb) => eb.not(eb.exists(eb.selectFrom('webhook_deliveries as d').select('d.id').whereRef('d.event_id', '=', 'e.id').where('d.status', '=', 'pending'))));
  await db.deleteFrom('webhook_deliveries').where('event_id', 'in', old).execute();
  const result = await db.deleteFrom('notification_events').where('id', 'in', old).executeTakeFirst();
  return Number(result.numDeletedRows);
}
