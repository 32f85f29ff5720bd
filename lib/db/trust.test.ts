import { expect, it } from 'vitest';

import { hashPassword } from '@/lib/auth/password';
import { resolveSession, startSession } from '@/lib/auth/sessions';
import { attemptSignIn, purgeSignInThrottles, THROTTLE } from '@/lib/auth/sign-in';

import { deleteExpiredSessions } from './sessions';
import { describeEachDatabase } from './test-databases';
import { insertUser } from './users';

const HOUR = 3_600_000;
const LIFE = { ttlHours: 12, absoluteHours: 24 };

describeEachDatabase('sign-in throttle and session lifetime', (db) => {
  it('throttles 24 parallel wrong guesses for one account as 24 in a row would be: 5 checked, 19 refused', async () => {
    await insertUser(db(), { username: 'target', displayName: 'Target', role: 'operator', passwordHash: await hashPassword('the right password') });
    const now = new Date('2026-03-01T00:00:00Z');
    const guesses = Array.from({ length: 24 }, (_, index) => attemptSignIn(db(), { username: 'target', password: `guess-${index}`, ip: `198.51.100.${index}`, now }));
    const outcomes = await Promise.all(guesses);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === 'bad-credentials')).toHaveLength(THROTTLE.freeFailures.user);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === 'throttled')).toHaveLength(24 - THROTTLE.freeFailures.user);

    const inARow = [];
    await insertUser(db(), { username: 'target2', displayName: 'Target 2', role: 'operator', passwordHash: await hashPassword('the right password') });
    for (let index = 0; index < 24; index++) inARow.push(await attemptSignIn(db(), { username: 'target2', password: `guess-${index}`, ip: null, now }));
    expect(inARow.map((outcome) => (outcome.ok ? 'ok' : outcome.reason))).toEqual(outcomes.map((outcome) => (outcome.ok ? 'ok' : outcome.reason)).sort());
  });

  it('even the right password waits while the account is locked, and gets in after', async () => {
    const now = new Date('2026-03-01T00:00:00Z');
    expect(await attemptSignIn(db(), { username: 'target', password: 'the right password', ip: null, now })).toMatchObject({ ok: false, reason: 'throttled' });
    const later = new Date(now.getTime() + THROTTLE.maxLockMs + 1000);
    expect(await attemptSignIn(db(), { username: 'target', password: 'the right password', ip: null, now: later })).toMatchObject({ ok: true });
  });

  it('counts per address across accounts, and a success does not count against the address', async () => {
    const now = new Date('2026-03-02T00:00:00Z');
    await insertUser(db(), { username: 'office', displayName: 'Office', role: 'viewer', passwordHash: await hashPassword('office password 1') });
    for (let index = 0; index < THROTTLE.freeFailures.ip + 5; index++) {
      expect(await attemptSignIn(db(), { username: 'office', password: 'office password 1', ip: '203.0.113.50', now })).toMatchObject({ ok: true });
    }
    const sprayed = await Promise.all(
      Array.from({ length: THROTTLE.freeFailures.ip + 10 }, (_, index) => attemptSignIn(db(), { username: `nobody-${index}`, password: 'x', ip: '203.0.113.60', now })),
    );
    expect(sprayed.filter((outcome) => !outcome.ok && outcome.reason === 'bad-credentials')).toHaveLength(THROTTLE.freeFailures.ip);
    expect(await attemptSignIn(db(), { username: 'office', password: 'office password 1', ip: '203.0.113.60', now })).toMatchObject({ ok: false, reason: 'throttled' });
  });

  it('purges throttle rows once their window and lock are over', async () => {
    const far = new Date('2026-04-01T00:00:00Z');
    expect(await purgeSignInThrottles(db(), far)).toBeGreaterThan(0);
    expect(await purgeSignInThrottles(db(), far)).toBe(0);
  });

  it('ends a session at its absolute lifetime even while it is used, and purges it', async () => {
    const user = await insertUser(db(), { username: 'busy', displayName: 'Busy', role: 'viewer', passwordHash: 'x' });
    const start = new Date('2026-05-01T00:00:00Z');
    const { token, absoluteEnd } = await startSession(db(), user.id, { ...LIFE, userAgent: null, now: start });
    expect(absoluteEnd.toISOString()).toBe('2026-05-02T00:00:00.000Z');
    // Used every 6 hours: the idle end keeps moving, the absolute one does not.
    for (const hours of [6, 12, 18, 23]) {
      expect(await resolveSession(db(), token, { ...LIFE, now: new Date(start.getTime() + hours * HOUR) }), `${hours} h`).toMatchObject({ username: 'busy' });
    }
    expect(await resolveSession(db(), token, { ...LIFE, now: new Date(start.getTime() + 24 * HOUR + 1000) })).toBeNull();

    const idle = await startSession(db(), user.id, { ...LIFE, userAgent: null, now: start });
    expect(await resolveSession(db(), idle.token, { ...LIFE, now: new Date(start.getTime() + 13 * HOUR) })).toBeNull();
    const now = new Date(start.getTime() + 25 * HOUR);
    expect(await deleteExpiredSessions(db(), now, new Date(now.getTime() - LIFE.absoluteHours * HOUR))).toBeGreaterThanOrEqual(2);
  });
});
