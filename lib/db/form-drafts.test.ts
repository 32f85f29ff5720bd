import { expect, it } from 'vitest';

import { type SessionUser } from '@/lib/auth/sessions';
import { purgeExpired } from '@/lib/background/housekeeping';
import { fixedRegions } from '@/lib/ecs';
import { emptyDraft } from '@/lib/invoke/draft';
import { openFormLink, shareForm } from '@/lib/presets/form-links';

import { listAudit } from './audit';
import { findFormDraft } from './form-drafts';
import { describeEachDatabase } from './test-databases';

/**
 * Issue 15: "Copy link to this form" keeps the draft on the server under a short random id,
 * never with a secret value, until the link expires; housekeeping erases it then.
 */
const priya: SessionUser = { userId: 'u-priya', username: 'priya', displayName: 'Priya', role: 'operator' };
const SECRET = 'reg-TOKEN-7Qx-not-for-tables';
const DAY = 24 * 3_600_000;

const draft = {
  ...emptyDraft('cn-shanghai'),
  commandId: 'c-patch',
  instanceIds: ['i-uf6a', 'i-uf6b'],
  repeatMode: 'Period' as const,
  frequency: '0 0 2 ? * MON-FRI Asia/Shanghai',
  parameters: [
    { name: 'packages', value: 'nginx openssl', secret: false },
    // Typed into the form, unmarked: the shared rule makes it secret anyway.
    { name: 'registry_token', value: SECRET, secret: false },
    { name: 'note', value: `${SECRET}-marked`, secret: true },
  ],
};

describeEachDatabase('form links', (db) => {
  it('keep the form under 128 random bits in a short path, without any secret value, and audit who shared it', async () => {
    const now = new Date('2032-03-01T10:00:00Z');
    const link = await shareForm({ db: db(), ttlDays: 30, regions: fixedRegions(['cn-shanghai']), now }, priya, { draft, instanceFilter: null });
    expect(link.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(link.path).toBe(`/invoke?d=${link.id}`);
    expect(`https://invokedeck.example.com${link.path}`.length).toBeLessThan(70);
    expect(link.expiresAt).toBe('2032-03-31T10:00:00.000Z');

    const row = await findFormDraft(db(), link.id);
    expect(row).toMatchObject({ created_by_username: 'priya', created_at: now.toISOString(), expires_at: link.expiresAt });
    expect(JSON.stringify(row)).not.toContain(SECRET);

    const opened = await openFormLink(db(), link.id, now);
    if (opened.kind !== 'open') throw new Error(`expected an open link, got ${opened.kind}`);
    expect(opened.payload.draft.parameters).toEqual([
      { name: 'packages', value: 'nginx openssl', secret: false },
      { name: 'registry_token', value: '', secret: true },
      { name: 'note', value: '', secret: true },
    ]);
    expect(opened.payload.draft.instanceIds).toEqual(['i-uf6a', 'i-uf6b']);
    expect(opened).toMatchObject({ sharedBy: 'priya', sharedAt: now.toISOString() });

    const [entry] = await listAudit(db(), { limit: 1, actor: 'priya' });
    expect(entry).toMatchObject({ action: 'form.share', target: link.id });
    expect(entry?.detail).not.toContain(SECRET);
  });

  it('keep a search instead of the instance list, and give each share its own id', async () => {
    const input = { draft, instanceFilter: { query: 'sh-035', status: 'all' as const, os: 'linux' as const } };
    const [first, second] = [await shareForm({ db: db(), ttlDays: 30 }, priya, input), await shareForm({ db: db(), ttlDays: 30 }, priya, input)];
    expect(first.id).not.toBe(second.id);
    const opened = await openFormLink(db(), first.id);
    expect(opened.kind === 'open' && opened.payload).toMatchObject({ instanceFilter: { query: 'sh-035', os: 'linux' }, draft: { instanceIds: [] } });
  });

  it('refuse a region that is not one of ours', async () => {
    await expect(shareForm({ db: db(), ttlDays: 30, regions: fixedRegions(['cn-hangzhou']) }, priya, { draft, instanceFilter: null })).rejects.toThrow();
  });

  it('say expired once the time is up, erase the draft at the next purge, and forget the link later', async () => {
    const sharedAt = new Date('2032-04-01T00:00:00Z');
    const link = await shareForm({ db: db(), ttlDays: 2, now: sharedAt }, priya, { draft, instanceFilter: null });
    const justBefore = new Date(sharedAt.getTime() + 2 * DAY - 1000);
    const after = new Date(sharedAt.getTime() + 2 * DAY);
    expect((await openFormLink(db(), link.id, justBefore)).kind).toBe('open');
    expect(await openFormLink(db(), link.id, after)).toEqual({ kind: 'expired', sharedBy: 'priya', sharedAt: sharedAt.toISOString(), expiredAt: link.expiresAt });

    // Housekeeping before expiry leaves it alone; after, the draft is gone but the link still says it expired.
    await purgeExpired(db(), 24, justBefore);
    expect((await findFormDraft(db(), link.id))?.payload).not.toBeNull();
    expect((await purgeExpired(db(), 24, after)).formDrafts).toBeGreaterThanOrEqual(1);
    expect((await findFormDraft(db(), link.id))?.payload).toBeNull();
    expect((await openFormLink(db(), link.id, after)).kind).toBe('expired');
    expect((await purgeExpired(db(), 24, after)).formDrafts).toBe(0);

    const muchLater = new Date(after.getTime() + 91 * DAY);
    await purgeExpired(db(), 24, muchLater);
    expect(await findFormDraft(db(), link.id)).toBeUndefined();
    expect(await openFormLink(db(), link.id, muchLater)).toEqual({ kind: 'unknown' });
  });

  it('treat an unknown or malformed id as unknown, without a query for the malformed one', async () => {
    expect(await openFormLink(db(), 'AAAAAAAAAAAAAAAAAAAAAA')).toEqual({ kind: 'unknown' });
    expect(await openFormLink(db(), "x' or 1=1 --")).toEqual({ kind: 'unknown' });
  });
});
