import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type Db, migrate, openDb } from '@/lib/db/client';

import { accountKeyFor, createEcsBudget } from './budget';
import { EcsError } from './errors';

let db: Db;
beforeAll(async () => {
  db = openDb({ kind: 'sqlite', file: ':memory:' });
  await migrate(db);
});
afterAll(() => db.destroy());

describe('the ECS API budget', () => {
  it('names an account by a hash of its access key ID, never the ID itself', () => {
    const key = accountKeyFor('LTAI5tExampleKeyId');
    expect(key).toMatch(/^ak-[0-9a-f]{16}$/);
    expect(key).not.toContain('LTAI');
    expect(accountKeyFor('LTAI5tExampleKeyId')).toBe(key);
    expect(accountKeyFor(undefined)).toBe('default');
  });

  it('refuses a call whose wait would pass the bound, with a retryable error that names the action and region', async () => {
    let now = 1_800_000_000_000;
    const slept: number[] = [];
    const budget = createEcsBudget({ db, accountKey: 'bounded', rates: { DescribeInvocations: 1 }, maxWaitMs: 500, now: () => now, sleep: async (ms) => void slept.push(ms), random: () => 0 });
    await budget.take('DescribeInvocations', 'launch', 'cn-hangzhou');
    const error = await budget.take('DescribeInvocations', 'launch', 'cn-hangzhou').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EcsError);
    expect(error).toMatchObject({ code: 'ApiBudgetExhausted', status: 429, retryable: true, action: 'DescribeInvocations', region: 'cn-hangzhou' });
    expect(slept).toEqual([]);
    // A second later the next token is there.
    now += 1_000;
    await budget.take('DescribeInvocations', 'launch', 'cn-hangzhou');
  });

  it('sleeps until the next token is due, then takes it', async () => {
    let now = 1_800_000_000_000;
    const slept: number[] = [];
    const budget = createEcsBudget({ db, accountKey: 'sleeper', rates: { DescribeInvocations: 4 }, now: () => now, sleep: async (ms) => void (slept.push(ms), (now += ms)), random: () => 0 });
    for (let call = 0; call < 4; call++) await budget.take('DescribeInvocations', 'launch', 'cn-hangzhou');
    await budget.take('DescribeInvocations', 'launch', 'cn-hangzhou');
    expect(slept).toEqual([250]);
  });

  it('lets calls through when the database fails: the budget must not take the app down', async () => {
    const warnings: string[] = [];
    const logger = { debug: () => undefined, info: () => undefined, error: () => undefined, warn: (message: string) => void warnings.push(message) };
    const budget = createEcsBudget({ db: () => Promise.reject(new Error('connection refused')), accountKey: 'down', logger });
    await expect(budget.take('DescribeInstances', 'background', 'cn-hangzhou')).resolves.toBeUndefined();
    await expect(budget.throttled('DescribeInstances')).resolves.toBeUndefined();
    // Logged once a minute at most.
    expect(warnings).toEqual(['ecs budget unavailable']);
  });
});
