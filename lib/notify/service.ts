import 'server-only';

import { randomUUID } from 'node:crypto';

import { writeAudit, type AuditActor } from '@/lib/db/audit';
import { type Db } from '@/lib/db/client';
import { deleteWebhook, findWebhook, insertWebhook, lastDeliveries, listWebhooks, updateWebhook, type WebhookRow } from '@/lib/db/notify';
import { AppError, invalid, notFound } from '@/lib/errors';
import { type SecretKey } from '@/lib/launches/secret-box';

import { type EventKind } from './events';
import { buildRequest } from './formats';
import { openValue, sealValue } from './keys';
import { isWebhookKind } from './kinds';
import { type TestResult, type WebhookFormValues, type WebhookView } from './schema';
import { type Poster, postWebhook } from './transport';
import { urlHint, urlProblem } from './url-policy';
import { sendOnce } from './worker';
import { sampleEvent } from './sample-event';

export interface NotifyDeps {
  db: Db;
  key: SecretKey;
  allowPrivate: boolean;
  now?: Date;
}

function checkUrl(url: string, allowPrivate: boolean): void {
  const problem = urlProblem(url, allowPrivate);
  if (problem) throw invalid(problem, { url: [problem] });
}

/** Create a webhook; its URL and secret are sealed before they reach the database. Audited without either. */
export async function createWebhook(deps: NotifyDeps, input: WebhookFormValues, actor: AuditActor): Promise<{ id: string }> {
  checkUrl(input.url, deps.allowPrivate);
  const id = randomUUID();
  const at = (deps.now ?? new Date()).toISOString();
  await insertWebhook(deps.db, {
    id,
    name: input.name,
    kind: input.kind,
    url_box: sealValue(deps.key, input.url, id, 'url'),
    url_hint: urlHint(input.url),
    secret_box: input.kind !== 'slack' && input.secret ? sealValue(deps.key, input.secret, id, 'secret') : null,
    events: JSON.stringify(input.events),
    scope: input.scope,
    enabled: input.enabled ? 1 : 0,
    created_at: at,
    created_by_username: actor.username,
    updated_at: at,
    updated_by_username: actor.username,
  });
  await writeAudit(deps.db, { actor, action: 'webhook.create', target: input.name, detail: { kind: input.kind, host: urlHint(input.url), events: input.events, scope: input.scope } });
  return { id };
}

/** Change a webhook; an empty URL or secret keeps what is stored. */
export async function changeWebhook(deps: NotifyDeps, input: WebhookFormValues, actor: AuditActor): Promise<{ id: string }> {
  const existing = input.webhookId ? await findWebhook(deps.db, input.webhookId) : undefined;
  if (!existing) throw notFound('That webhook');
  if (input.url) checkUrl(input.url, deps.allowPrivate);
  if (input.kind === 'generic' && !input.secret && !existing.secret_box) throw invalid('Signing secret: required for a generic webhook.', { secret: ['Signing secret: required for a generic webhook.'] });
  const changed: string[] = [];
  if (input.name !== existing.name) changed.push('name');
  if (input.kind !== existing.kind) changed.push('kind');
  if (input.url) changed.push('url');
  if (input.secret) changed.push('secret');
  if (JSON.stringify(input.events) !== existing.events) changed.push('events');
  if (input.scope !== existing.scope) changed.push('scope');
  if ((input.enabled ? 1 : 0) !== existing.enabled) changed.push(input.enabled ? 'turned on' : 'turned off');
  await updateWebhook(deps.db, existing.id, {
    name: input.name,
    kind: input.kind,
    ...(input.url ? { url_box: sealValue(deps.key, input.url, existing.id, 'url'), url_hint: urlHint(input.url) } : {}),
    ...(input.kind === 'slack' ? { secret_box: null } : input.secret ? { secret_box: sealValue(deps.key, input.secret, existing.id, 'secret') } : {}),
    events: JSON.stringify(input.events),
    scope: input.scope,
    enabled: input.enabled ? 1 : 0,
    updated_at: (deps.now ?? new Date()).toISOString(),
    updated_by_username: actor.username,
  });
  await writeAudit(deps.db, { actor, action: 'webhook.change', target: input.name, detail: { changed } });
  return { id: existing.id };
}

export async function removeWebhook(deps: NotifyDeps, webhookId: string, actor: AuditActor): Promise<{ name: string }> {
  const existing = await findWebhook(deps.db, webhookId);
  if (!existing || !(await deleteWebhook(deps.db, webhookId, deps.now ?? new Date()))) throw notFound('That webhook');
  await writeAudit(deps.db, { actor, action: 'webhook.delete', target: existing.name, detail: { kind: existing.kind } });
  return { name: existing.name };
}

/**
 * Post a sample "launch succeeded" event marked as a test, now, outside the outbox: the admin
 * sees at once what the receiver answered.
 */
export async function sendTestWebhook(deps: NotifyDeps & { publicUrl: string; timeoutMs: number; post?: Poster }, webhookId: string, actor: string): Promise<TestResult> {
  const webhook = await findWebhook(deps.db, webhookId);
  if (!webhook || !isWebhookKind(webhook.kind)) throw notFound('That webhook');
  const url = openValue(deps.key, webhook.url_box, webhook.id, 'url');
  const problem = urlProblem(url, deps.allowPrivate);
  if (problem) throw new AppError('WEBHOOK_URL_REFUSED', 422, problem);
  const secret = webhook.secret_box ? openValue(deps.key, webhook.secret_box, webhook.id, 'secret') : null;
  const now = deps.now ?? new Date();
  const event = sampleEvent(actor, now);
  const request = buildRequest({ kind: webhook.kind, url, secret }, event, { deliveryId: `test-${randomUUID()}`, eventId: `test-${randomUUID()}`, publicUrl: deps.publicUrl, now, test: true });
  const outcome = await sendOnce(deps.post ?? postWebhook, webhook.kind, request, { timeoutMs: deps.timeoutMs, allowPrivate: deps.allowPrivate });
  return outcome.ok
    ? { delivered: true, statusCode: outcome.statusCode, message: `Delivered: the receiver answered ${outcome.statusCode}.` }
    : { delivered: false, statusCode: outcome.statusCode, message: outcome.error };
}

export async function listWebhookViews(db: Db): Promise<WebhookView[]> {
  const [rows, latest] = await Promise.all([listWebhooks(db), lastDeliveries(db)]);
  return rows.filter((row) => isWebhookKind(row.kind)).map((row) => toView(row, latest.get(row.id)));
}

function toView(row: WebhookRow, last: { status: string; last_status_code: number | null; last_error: string | null; updated_at: string } | undefined): WebhookView {
  return {
    id: row.id,
    name: row.name,
    kind: isWebhookKind(row.kind) ? row.kind : 'generic',
    urlHint: row.url_hint,
    hasSecret: row.secret_box !== null,
    events: JSON.parse(row.events) as EventKind[],
    scope: row.scope === 'all' ? 'all' : 'opt_in',
    enabled: row.enabled === 1,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by_username,
    lastDelivery: last ? { status: last.status, statusCode: last.last_status_code, error: last.last_error, at: last.updated_at } : null,
  };
}
