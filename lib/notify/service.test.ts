import { randomBytes } from 'node:crypto';

import { afterAll, beforeAll, expect, it } from 'vitest';

import { listAudit } from '@/lib/db/audit';
import { findWebhook, listWebhooks } from '@/lib/db/notify';
import { describeEachDatabase } from '@/lib/db/test-databases';
import { AppError } from '@/lib/errors';
import { secretKeyFrom } from '@/lib/launches/secret-box';

import { openValue } from './keys';
import { changeWebhook, createWebhook, listWebhookViews, removeWebhook, sendTestWebhook } from './service';
import { verifySignature } from './sign';
import { startReceiver } from './test-receiver';

const key = secretKeyFrom(randomBytes(32));
const admin = { userId: 'u-admin', username: 'ada' };
const SECRET = 'whsec-service-test-secret-0001';

describeEachDatabase('webhooks as an admin sets them up', (db) => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
  });
  const deps = (allowPrivate = true) => ({ db: db(), key, allowPrivate });
  const form = (overrides: Partial<Parameters<typeof createWebhook>[1]> = {}) => ({
    name: 'Ops',
    kind: 'generic' as const,
    url: 'https://hooks.example.com/in/abc123token',
    secret: SECRET,
    events: ['launch.failed' as const],
    scope: 'all' as const,
    enabled: true,
    ...overrides,
  });

  it('keeps the URL and secret sealed: the database, the view and the audit log hold neither', async () => {
    const { id } = await createWebhook(deps(), form(), admin);
    const row = await findWebhook(db(), id);
    expect(JSON.stringify(row)).not.toContain('abc123token');
    expect(JSON.stringify(row)).not.toContain(SECRET);
    expect(openValue(key, row?.url_box ?? '', id, 'url')).toBe('https://hooks.example.com/in/abc123token');
    const views = await listWebhookViews(db());
    expect(views.find((view) => view.id === id)).toMatchObject({ urlHint: 'https://hooks.example.com/…', hasSecret: true, events: ['launch.failed'], scope: 'all', enabled: true, lastDelivery: null });
    expect(JSON.stringify(views)).not.toContain(SECRET);
    const [entry] = await listAudit(db(), { limit: 1 });
    expect(entry).toMatchObject({ action: 'webhook.create', target: 'Ops', actorUsername: 'ada' });
    expect(entry?.detail).not.toContain('abc123token');
    expect(entry?.detail).not.toContain(SECRET);
  });

  it('a change with an empty URL and secret keeps the saved ones; the audit says what changed', async () => {
    const { id } = await createWebhook(deps(), form({ name: 'Keep' }), admin);
    const before = await findWebhook(db(), id);
    await changeWebhook(deps(), form({ webhookId: id, name: 'Kept', url: '', secret: '', events: ['launch.failed', 'launch.halted'] }), admin);
    const after = await findWebhook(db(), id);
    expect(after).toMatchObject({ name: 'Kept', url_box: before?.url_box, secret_box: before?.secret_box, events: '["launch.failed","launch.halted"]' });
    const [entry] = await listAudit(db(), { limit: 1 });
    expect(entry).toMatchObject({ action: 'webhook.change', target: 'Kept' });
    expect(JSON.parse(entry?.detail ?? '{}')).toEqual({ changed: ['name', 'events'] });
  });

  it('refuses a private or plain-http URL unless private hosts are allowed', async () => {
    await expect(createWebhook(deps(false), form({ url: 'https://169.254.169.254/latest' }), admin)).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { url: [expect.stringMatching(/private and loopback/) as unknown] } });
    await expect(createWebhook(deps(true), form({ url: 'http://hooks.example.com/in' }), admin)).rejects.toBeInstanceOf(AppError);
  });

  it('"Send test" posts a signed sample now and says what the receiver answered', async () => {
    const { id } = await createWebhook(deps(), form({ name: 'Receiver', url: receiver.url }), admin);
    const sent = await sendTestWebhook({ ...deps(), publicUrl: 'https://deck.example.com', timeoutMs: 2_000 }, id, 'ada');
    expect(sent).toEqual({ delivered: true, statusCode: 200, message: 'Delivered: the receiver answered 200.' });
    const [request] = receiver.received.slice(-1);
    expect(JSON.parse(request?.body ?? '{}')).toMatchObject({ test: true, event: 'launch.succeeded', actor: 'ada' });
    expect(verifySignature(SECRET, { timestamp: String(request?.headers['x-invokedeck-timestamp']), signature: String(request?.headers['x-invokedeck-signature']) }, request?.body ?? '', Math.floor(Date.now() / 1000))).toBe(true);
    receiver.answer([500]);
    expect(await sendTestWebhook({ ...deps(), publicUrl: 'https://deck.example.com', timeoutMs: 2_000 }, id, 'ada')).toEqual({ delivered: false, statusCode: 500, message: 'The receiver answered HTTP 500.' });
  });

  it('deletes a webhook, audited', async () => {
    const { id } = await createWebhook(deps(), form({ name: 'Gone' }), admin);
    expect(await removeWebhook(deps(), id, admin)).toEqual({ name: 'Gone' });
    expect((await listWebhooks(db())).map((row) => row.id)).not.toContain(id);
    await expect(removeWebhook(deps(), id, admin)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
