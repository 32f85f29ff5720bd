import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type SessionUser } from '@/lib/auth/sessions';
import { type Db, migrate, openDb } from '@/lib/db/client';
import { type EcsClient } from '@/lib/ecs';
import { ecsClient, popClient } from '@/lib/ecs-sandbox/testing/clients';
import { invokeDirectly } from '@/lib/ecs-sandbox/testing/invocations';
import { startTestSandbox, type TestSandbox } from '@/lib/ecs/test-sandbox';
import { emptyDraft } from '@/lib/invoke/draft';

import { HISTORY_PAGE_SIZE, readAccountHistory } from './account-history';
import { launch } from './launch';
import { launchInputSchema } from './launch-input';
import { testEngine } from './test-engine';

/**
 * The whole account's history against the real sandbox over HTTP and a real SQLite file:
 * invocations made with the SDK and pop-core (as the console or the CLI would) beside one
 * InvokeDeck launched, its filters and its NextToken pages.
 */
const user: SessionUser = { userId: '00000000-0000-4000-8000-000000000002', username: 'priya', displayName: 'Priya', role: 'operator' };

let t: TestSandbox;
let ecs: EcsClient;
let db: Db;
let dir: string;
let ours: { launchId: string; invokeId: string };
const outside: string[] = [];

beforeAll(async () => {
  t = await startTestSandbox({ seedHistory: false });
  ecs = t.client({ maxAttempts: 1 });
  dir = mkdtempSync(join(tmpdir(), 'account-history-'));
  db = openDb({ kind: 'sqlite', file: join(dir, 'test.db') });
  await migrate(db);
  const [health] = (await ecs.describeCommands('cn-shanghai', { name: 'health-check.sh' })).items;
  const [rotate] = (await ecs.describeCommands('cn-shanghai', { name: 'rotate-logs.sh' })).items;
  const web = (await ecs.describeInstancesPage('cn-shanghai', { tags: [{ key: 'role', value: 'web' }], status: 'Running', maxResults: 10 })).items.map((instance) => instance.instanceId);

  const engine = testEngine(db, ecs);
  const launchId = crypto.randomUUID();
  // Through the action's schema, as the form's submit is: its defaults fill what this test leaves out.
  await launch(engine.deps, user, launchInputSchema.parse({ launchId, draft: { ...emptyDraft('cn-shanghai'), commandId: health?.commandId ?? '', instanceIds: web.slice(0, 2) } }));
  await engine.dispatchAll();
  ours = { launchId, invokeId: (await engine.result(launchId)).batches[0]?.invokeId ?? '' };

  // One more than a page, from outside InvokeDeck: the SDK as a script would, and one by pop-core's HMAC-SHA1 as the CLI signs.
  const sdk = ecsClient(t.sandbox);
  for (let n = 0; n < HISTORY_PAGE_SIZE; n++) {
    await t.control('POST', '/_sandbox/clock', { advance: '1s' });
    outside.unshift(await invokeDirectly(sdk, { commandId: rotate?.commandId ?? '', instanceIds: [web[n % 5] ?? ''] }));
  }
  await t.control('POST', '/_sandbox/clock', { advance: '1s' });
  const cli = await popClient(t.sandbox).request<{ InvokeId: string }>('InvokeCommand', { RegionId: 'cn-shanghai', CommandId: health?.commandId, 'InstanceId.1': web[6] }, { method: 'POST' });
  outside.unshift(cli.InvokeId);
});

afterAll(async () => {
  await db.destroy();
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the account history', () => {
  it('lists every invocation of the region newest first, InvokeDeck’s own leading to its launch, the rest marked external', async () => {
    const first = await readAccountHistory(db, ecs, 'cn-shanghai', {});
    expect(first.rows.map((row) => row.invokeId)).toEqual(outside.slice(0, HISTORY_PAGE_SIZE));
    expect(first.rows.every((row) => row.launch === null)).toBe(true);
    expect(first.nextToken).toBeTruthy();
    const second = await readAccountHistory(db, ecs, 'cn-shanghai', {}, first.nextToken ?? undefined);
    expect(second.rows.map((row) => [row.invokeId, row.launch])).toEqual([
      [outside[HISTORY_PAGE_SIZE], null],
      [ours.invokeId, { launchId: ours.launchId, createdBy: 'priya' }],
    ]);
    expect(second.rows[1]).toMatchObject({ commandName: 'health-check.sh', instanceCount: 2, repeatMode: 'Once' });
    expect(second.nextToken).toBeNull();
  });

  it('narrows through Alibaba’s filters: command name, instance, and the repeat mode it ignores beside an instance', async () => {
    const health = await readAccountHistory(db, ecs, 'cn-shanghai', { command: 'health-check.sh' });
    expect(health.rows.map((row) => row.invokeId)).toEqual([outside[0], ours.invokeId]);
    const [row] = health.rows;
    const instance = (await ecs.describeInvocations('cn-shanghai', { invokeId: row?.invokeId ?? '' })).items[0]?.instances[0]?.instanceId ?? '';
    const onInstance = await readAccountHistory(db, ecs, 'cn-shanghai', { instance });
    expect(onInstance.rows.map((entry) => entry.invokeId)).toEqual([outside[0]]);
    const periodOnInstance = await readAccountHistory(db, ecs, 'cn-shanghai', { instance, repeat: 'Period' });
    expect([periodOnInstance.rows, periodOnInstance.narrowedOut]).toEqual([[], 1]);
    expect((await readAccountHistory(db, ecs, 'cn-shanghai', { status: 'Failed' })).rows).toEqual([]);
  });
});
