import { expect, it } from 'vitest';

import { attemptSignIn, THROTTLE } from '@/lib/auth/sign-in';
import { ensureFirstAdmin } from '@/lib/auth/bootstrap';
import { hashPassword } from '@/lib/auth/password';
import { endSession, resolveSession, startSession } from '@/lib/auth/sessions';

import { listAudit, writeAudit } from './audit';
import { migrate } from './client';
import { describeEachDatabase } from './test-databases';
import { findUserByUsername, insertUser, updateUser } from './users';

const LIFE = { ttlHours: 1, absoluteHours: 24 };

describeEachDatabase('foundation data layer', (db) => {
  it('applies every migration once; running again changes nothing', async () => {
    expect(await migrate(db())).toEqual([]);
    const tables = await db().introspection.getTables();
    expect(tables.map((table) => table.name)).toEqual(expect.arrayContaining(['users', 'sessions', 'login_throttle', 'audit_log']));
  });

  it('creates the first admin once, with a generated password when none is configured', async () => {
    const first = await ensureFirstAdmin(db(), { username: 'admin' });
    expect(first).toMatchObject({ created: true, username: 'admin' });
    const password = first.created ? first.generatedPassword : undefined;
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(await ensureFirstAdmin(db(), { username: 'admin' })).toEqual({ created: false });
    const outcome = await attemptSignIn(db(), { username: 'ADMIN', password: password ?? '', ip: '10.0.0.1' });
    expect(outcome).toMatchObject({ ok: true, user: { username: 'admin', role: 'admin' } });
  });

  it('starts a session, resolves it from the token, and ends it server-side', async () => {
    const user = await insertUser(db(), { username: 'mia', displayName: 'Mia', role: 'operator', passwordHash: await hashPassword('correct horse battery') });
    const { token } = await startSession(db(), user.id, { ...LIFE, userAgent: 'test' });
    expect(await resolveSession(db(), token, LIFE)).toMatchObject({ username: 'mia', role: 'operator' });
    await endSession(db(), token);
    expect(await resolveSession(db(), token, LIFE)).toBeNull();
  });

  it('does not resolve an expired session, nor one of a disabled user', async () => {
    const user = await insertUser(db(), { username: 'ken', displayName: 'Ken', role: 'viewer', passwordHash: 'x' });
    const past = new Date(Date.now() - 3 * 3_600_000);
    const expired = await startSession(db(), user.id, { ...LIFE, userAgent: null, now: past });
    expect(await resolveSession(db(), expired.token, LIFE)).toBeNull();
    const live = await startSession(db(), user.id, { ...LIFE, userAgent: null });
    await updateUser(db(), user.id, { disabled: 1 });
    expect(await resolveSession(db(), live.token, LIFE)).toBeNull();
  });

  it('locks sign-in after repeated failures, then lets the right password in once the lock passes', async () => {
    await insertUser(db(), { username: 'ola', displayName: 'Ola', role: 'operator', passwordHash: await hashPassword('the right password') });
    const start = new Date('2026-01-01T00:00:00Z');
    for (let i = 0; i < THROTTLE.freeFailures.user; i++) {
      const failed = await attemptSignIn(db(), { username: 'ola', password: 'wrong', ip: '10.9.9.9', now: start });
      expect(failed).toEqual({ ok: false, reason: 'bad-credentials', why: 'wrong-password' });
    }
    const locked = await attemptSignIn(db(), { username: 'ola', password: 'the right password', ip: '10.1.1.1', now: start });
    expect(locked).toMatchObject({ ok: false, reason: 'throttled' });
    const later = new Date(start.getTime() + THROTTLE.baseLockMs + 1000);
    expect(await attemptSignIn(db(), { username: 'ola', password: 'the right password', ip: '10.1.1.1', now: later })).toMatchObject({ ok: true });
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    expect(await attemptSignIn(db(), { username: 'nobody', password: 'x', ip: null })).toEqual({ ok: false, reason: 'bad-credentials', why: 'no-such-account' });
    expect(await findUserByUsername(db(), 'nobody')).toBeUndefined();
  });

  it('pages the audit log newest first by keyset', async () => {
    for (let i = 0; i < 5; i++) {
      await writeAudit(db(), { actor: { userId: 'u-pager', username: 'pager' }, action: `test.${i}` }, new Date(Date.UTC(2030, 0, 1, 0, 0, i)));
    }
    const first = await listAudit(db(), { limit: 2 });
    expect(first.map((row) => row.action)).toEqual(['test.4', 'test.3']);
    const last = first.at(-1);
    const second = await listAudit(db(), { limit: 2, ...(last ? { before: { at: last.at, id: last.id } } : {}) });
    expect(second.map((row) => row.action)).toEqual(['test.2', 'test.1']);
  });

  it('pages one person’s audit trail the same way, leaving everyone else out', async () => {
    for (let i = 0; i < 4; i++) {
      await writeAudit(db(), { actor: { userId: `u-${i}`, username: i % 2 ? 'nadia' : 'omar' }, action: `trail.${i}` }, new Date(Date.UTC(2031, 0, 1, 0, 0, i)));
    }
    const first = await listAudit(db(), { limit: 1, actor: 'nadia' });
    expect(first.map((row) => [row.actorUsername, row.action])).toEqual([['nadia', 'trail.3']]);
    const last = first.at(-1);
    const rest = await listAudit(db(), { limit: 5, actor: 'nadia', before: last ? { at: last.at, id: last.id } : undefined });
    expect(rest.map((row) => row.action)).toEqual(['trail.1']);
  });

  it('keeps where each action came from: the address and the user agent', async () => {
    const source = { ip: '198.51.100.7', userAgent: 'curl/8.5' };
    await writeAudit(db(), { actor: { userId: 'u-1', username: 'origin', source }, action: 'invocation.stop', target: 't-x' }, new Date(Date.UTC(2032, 0, 1)));
    await writeAudit(db(), { actor: null, source: { ip: '203.0.113.1', userAgent: null }, action: 'auth.sign_in_failed', target: 'origin' }, new Date(Date.UTC(2032, 0, 2)));
    const [failed, stop] = await listAudit(db(), { limit: 2 });
    expect(stop).toMatchObject({ actorUsername: 'origin', sourceIp: '198.51.100.7', userAgent: 'curl/8.5' });
    expect(failed).toMatchObject({ actorUsername: null, sourceIp: '203.0.113.1', userAgent: null });
  });
});
