import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';

import { findBudget } from '@/lib/db/api-budget';
import { describeEachDatabase } from '@/lib/db/test-databases';
import { metrics } from '@/lib/observability/metrics';

import { createEcsBudget, type EcsBudget } from './budget';
import { withEcsPriority } from './budget-priority';
import { startTestSandbox, type TestSandbox } from './test-sandbox';

const REGION = 'cn-shanghai';
const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox();
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.control('DELETE', '/_sandbox/faults');
  await t.forget();
});

/** Arrival times (ms) of the sandbox's calls of `action`, oldest first. */
const arrivals = async (action: string) => (await t.control<{ requests: { time: string }[] }>('GET', `/_sandbox/requests?action=${action}`)).requests.map((call) => Date.parse(call.time));

const waits = async (priority: string) => {
  const metric = await metrics().registry.getSingleMetric('invokedeck_ecs_budget_waits_total')?.get();
  return metric?.values.find((value) => value.labels.action === 'DescribeInstances' && value.labels.priority === priority && value.labels.outcome === 'sent')?.value ?? 0;
};

const gauge = async (name: string, action: string) => {
  const metric = await metrics().registry.getSingleMetric(name)?.get();
  return metric?.values.find((value) => value.labels.action === action)?.value;
};

describeEachDatabase('the ECS API budget on the sandbox', (db) => {
  let account = 0;
  /** A replica's budget: its own instance on the shared database, sleeps recorded (and slept). */
  const replica = (accountKey: string, rates: Record<string, number>) => {
    const sleeps: number[] = [];
    let onSleep: (() => void) | null = null;
    const budget: EcsBudget = createEcsBudget({
      db: db(),
      accountKey,
      rates,
      random: () => 0,
      sleep: (ms) => {
        sleeps.push(ms);
        onSleep?.();
        return realSleep(ms);
      },
    });
    return { budget, sleeps, client: t.client({ budget }), whenWaiting: () => new Promise<void>((resolve) => (onSleep = resolve)) };
  };
  const newAccount = () => `test-${(account += 1)}-${Date.now()}`;

  it('two replicas sharing one budget never send more than it allows over any window', async () => {
    const accountKey = newAccount();
    const replicas = [replica(accountKey, { DescribeRegions: 10 }), replica(accountKey, { DescribeRegions: 10 })];
    // Three callers per replica, five calls each: 30 calls against a bucket of 10 refilled at 10/s.
    await Promise.all(
      replicas.flatMap(({ client }) =>
        [1, 2, 3].map(async () => {
          for (let call = 0; call < 5; call++) await client.describeRegions({ region: REGION });
        }),
      ),
    );
    const times = await arrivals('DescribeRegions');
    expect(times).toHaveLength(30);
    // Arrival times carry the jitter of the way there (the sandbox shares this process), not the
    // grant's: up to JITTER_MS of it can squeeze a window, so it is allowed for.
    const JITTER_MS = 300;
    for (const [i, start] of times.entries()) {
      for (let j = i; j < times.length; j++) {
        expect(j - i + 1).toBeLessThanOrEqual(10 + (10 * ((times[j] ?? 0) - start + JITTER_MS)) / 1000);
      }
    }
    // 20 calls past the burst at 10/s take 2 s; alone, each replica would have sent its 15 in half a second.
    expect((times.at(-1) ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(2_000 - JITTER_MS);
    expect(replicas.every(({ sleeps }) => sleeps.length > 0)).toBe(true);
  });

  it('a Throttling answer to DescribeInstances halves its rate for every replica, and the call succeeds after waiting', async () => {
    const accountKey = newAccount();
    const [first, second] = [replica(accountKey, { DescribeInstances: 4 }), replica(accountKey, { DescribeInstances: 4 })];
    await t.faults({ DescribeInstances: { next: ['throttle'], retryAfterMs: 0 } });
    const page = await first.client.describeInstancesPage(REGION, { maxResults: 10 });
    expect(page.items).toHaveLength(10);
    expect((await t.requests('DescribeInstances')).map((call) => call.code)).toEqual(['Throttling.User', 'OK']);
    expect(await findBudget(db(), { accountKey, action: 'DescribeInstances' })).toMatchObject({ rate: 4, factor: 0.5 });
    // The throttle emptied the bucket: the retry waited for a token at the halved 2/s (at most half a second).
    expect(first.sleeps.length).toBeGreaterThan(0);
    expect(first.sleeps.every((ms) => ms > 0 && ms <= 500)).toBe(true);
    // About 2/s: it has begun to grow back since.
    expect(await gauge('invokedeck_ecs_budget_rate', 'DescribeInstances')).toBeCloseTo(2, 1);
    // The other replica spends the same emptied bucket: it waits too.
    await second.client.describeInstancesPage(REGION, { maxResults: 10 });
    expect(second.sleeps.length).toBeGreaterThan(0);
  });

  it('a background read waits while a launch call goes through when the bucket is near empty', async () => {
    const accountKey = newAccount();
    const { client, whenWaiting } = replica(accountKey, { DescribeInstances: 2 });
    // Burst 2, of which background reads leave 0.6: one call leaves 1 token, enough for a launch only.
    await client.describeInstancesPage(REGION, { maxResults: 11 });
    const before = { launch: await waits('launch'), background: await waits('background') };
    const waiting = whenWaiting();
    const background = withEcsPriority('background', () => client.describeInstancesPage(REGION, { maxResults: 13 }));
    await waiting;
    await withEcsPriority('launch', () => client.describeInstancesPage(REGION, { maxResults: 14 }));
    await background;
    const sent = (await t.requests('DescribeInstances')).map((call) => call.params.MaxResults);
    expect(sent).toEqual(['11', '14', '13']);
    // /api/metrics counts the background read's wait, and no wait of the launch's.
    expect({ launch: await waits('launch'), background: await waits('background') }).toEqual({ launch: before.launch, background: before.background + 1 });
  });
});
