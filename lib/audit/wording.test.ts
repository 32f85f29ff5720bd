import { describe, expect, it } from 'vitest';

import { auditTargetHref, auditWords } from './wording';

const failed = (target: string, detail: Record<string, unknown> | null) => ({ action: 'auth.sign_in_failed', actorUsername: null, target, detail: detail ? JSON.stringify(detail) : null });
const sentence = (words: ReturnType<typeof auditWords>) => [words.actor, words.verb, words.target, words.note ? `(${words.note})` : null].filter(Boolean).join(' ');

describe('audit wording', () => {
  it('names the account a failed sign-in tried, and why it failed', () => {
    expect(sentence(auditWords(failed('admin', { reason: 'bad-credentials', why: 'wrong-password' })))).toBe('Failed sign-in as admin (wrong password)');
    expect(sentence(auditWords(failed('ken', { reason: 'bad-credentials', why: 'account-disabled' })))).toBe('Failed sign-in as ken (the account is disabled)');
    expect(sentence(auditWords(failed('adnim', { reason: 'bad-credentials', why: 'no-such-account' })))).toBe('Failed sign-in as an unknown account «adnim»');
    expect(sentence(auditWords(failed('admin', { reason: 'throttled', retryAfterSeconds: 30 })))).toBe('Sign-in refused as admin (too many failed attempts; locked for 30 s)');
  });

  it('reads entries written before the reason was kept, and damaged details, without guessing', () => {
    expect(sentence(auditWords(failed('admin', { reason: 'bad-credentials' })))).toBe('Failed sign-in as admin');
    expect(sentence(auditWords({ ...failed('admin', null), detail: '{not json' }))).toBe('Failed sign-in as admin');
  });

  it('words the other entries as before, a shared form link among them', () => {
    expect(sentence(auditWords({ action: 'preset.create', actorUsername: 'priya', target: 'patch-a1b2c3', detail: null }))).toBe('priya saved preset patch-a1b2c3');
    expect(sentence(auditWords({ action: 'form.share', actorUsername: 'priya', target: 'AAAAAAAAAAAAAAAAAAAAAA', detail: null }))).toBe('priya shared a form link AAAAAAAAAAAAAAAAAAAAAA');
    expect(sentence(auditWords({ action: 'something.new', actorUsername: null, target: null, detail: null }))).toBe('system something.new');
    expect(auditTargetHref('form.share', 'AAAAAAAAAAAAAAAAAAAAAA')).toBe('/invoke?d=AAAAAAAAAAAAAAAAAAAAAA');
    expect(auditTargetHref('auth.sign_in_failed', 'admin')).toBeNull();
  });

  it('words a schedule changed in place with what it was and what it is now', () => {
    const detail = JSON.stringify({ region: 'cn-shanghai', from: 'rate(5m)', to: '0 30 * * * ? Asia/Shanghai', invokeIds: ['t-sh0a'], failed: [] });
    expect(sentence(auditWords({ action: 'launch.reschedule', actorUsername: 'rhea', target: 'l-1', detail }))).toBe('rhea changed the schedule of launch l-1 (rate(5m) → 0 30 * * * ? Asia/Shanghai)');
    expect(auditTargetHref('invocation.reschedule', 't-sh0a')).toBe('/invocations/t-sh0a');
  });
});
