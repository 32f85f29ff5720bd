import { afterAll, beforeAll, expect, it } from 'vitest';

import { type SessionUser } from '@/lib/auth/sessions';
import { type Db } from '@/lib/db/client';
import { findFleetRead } from '@/lib/db/fleet';
import { listInstances } from '@/lib/db/launches';
import { describeEachDatabase } from '@/lib/db/test-databases';
import { type EcsClient } from '@/lib/ecs';
import { prodWebFleet, startTestSandbox, type TestSandbox } from '@/lib/ecs/test-sandbox';
import { emptyDraft } from '@/lib/invoke/draft';
import { launch } from '@/lib/launches/launch';
import { testEngine } from '@/lib/launches/test-engine';

import { FleetRefresher } from './refresh';
import { readFleetPage } from './snapshot';

/**
 * The snapshot is for choosing, never for sending: an instance stopped after the fleet was read
 * still shows Running in the picker until the next read, yet the batch is checked against ECS
 * just before it goes and leaves it out. The batch sent asks for a fresh read, which shows it stopped.
 */
const user: SessionUser = { userId: '00000000-0000-4000-8000-0000000000f7', username: 'ines', displayName: 'Ines', role: 'operator' };
const REGION = 'cn-shanghai';
const PACE = { intervalMs: 60_000, minIntervalMs: 10_000, viewedWithinMs: 600_000 };

let t: TestSandbox;
let ecs: EcsClient;
let chosen: string[] = [];
let healthCheck = '';

beforeAll(async () => {
  t = await startTestSandbox({ limits: { dailyInvocations: 1_000_000 } });
  ecs = t.client({ maxAttempts: 1 });
  chosen = (await prodWebFleet(ecs, REGION)).slice(40, 43).map((instance) => instance.instanceId);
  healthCheck = (await ecs.describeCommands(REGION, { name: 'health-check.sh' })).items[0]?.commandId ?? '';
});

afterAll(async () => {
  await t.close();
});

async function statusInSnapshot(db: Db, instanceId: string, now: Date): Promise<string | undefined> {
  const page = await readFleetPage(db, REGION, null, { pageSize: 5_000, now: () => now });
  return page.instances.find((instance) => instance.instanceId === instanceId)?.status;
}

describeEachDatabase('a stale fleet snapshot', (db) => {
  it('cannot send to an instance stopped after the read; the launch asks for a read that shows it stopped', async () => {
    let clock = Date.now();
    const refresher = new FleetRefresher({ db: db(), ecs, owner: 'replica-a', pace: PACE, alwaysRegions: () => Promise.resolve([REGION]), classicNetwork: 'refuse', now: () => new Date(clock) });
    expect(await refresher.tick()).toBe(1);
    const [first, stopped, third] = chosen as [string, string, string];
    expect(await statusInSnapshot(db(), stopped, new Date(clock))).toBe('Running');

    const engine = testEngine(db(), ecs);
    const launchId = crypto.randomUUID();
    await launch(engine.deps, user, { launchId, draft: { ...emptyDraft(REGION), commandId: healthCheck, instanceIds: chosen } });
    await t.control('POST', `/_sandbox/instances/${stopped}/power`, { action: 'stop' });
    try {
      await t.control('POST', '/_sandbox/clock', { advance: '2m' });
      // The picker still says Running: nobody has read the fleet since.
      expect(await statusInSnapshot(db(), stopped, new Date(clock))).toBe('Running');
      await t.forget();
      await engine.dispatchAll();
      const sent = (await t.requests('InvokeCommand')).flatMap((call) => Object.entries(call.params).filter(([key]) => key.startsWith('InstanceId.')).map(([, id]) => id));
      expect(sent.sort()).toEqual([first, third].sort());
      expect((await listInstances(db(), launchId)).find((instance) => instance.instance_id === stopped)).toMatchObject({ status: 'Ineligible', error_code: 'InstanceNotRunning' });

      // The batch sent asked for a read; it comes once the minimum interval has passed.
      const record = await findFleetRead(db(), REGION);
      expect(Date.parse(record?.requested_at ?? '')).toBeGreaterThan(Date.parse(record?.started_at ?? ''));
      clock += PACE.minIntervalMs;
      expect(await refresher.tick()).toBe(1);
      expect(await statusInSnapshot(db(), stopped, new Date(clock))).toBe('Stopped');
    } finally {
      await t.control('POST', `/_sandbox/instances/${stopped}/power`, { action: 'start' });
      await t.control('POST', '/_sandbox/clock', { advance: '2m' });
    }
  });
});
