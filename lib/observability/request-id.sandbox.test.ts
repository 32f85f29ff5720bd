import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { runAction } from '@/lib/auth/action';
import { type SessionUser } from '@/lib/auth/sessions';
import { type Db, migrate, openDb } from '@/lib/db/client';
import { type EcsClient } from '@/lib/ecs';
import { startTestSandbox, type TestSandbox } from '@/lib/ecs/test-sandbox';
import { emptyDraft } from '@/lib/invoke/draft';
import { launch } from '@/lib/launches/launch';
import { launchInputSchema } from '@/lib/launches/launch-input';
import { testEngine } from '@/lib/launches/test-engine';
import { logger } from '@/lib/logger';

import { withOwnContext } from './context';
import { exposition } from './metrics';

/**
 * One request ID from the server action to each ECS call it makes, and the launch it records
 * followed by its launchId into the dispatcher's ECS calls: the app's own logger, the real
 * sandbox over HTTP and a real SQLite file.
 */
const REGION = 'cn-shanghai';
const user: SessionUser = { userId: '00000000-0000-4000-8000-000000000001', username: 'priya', displayName: 'Priya', role: 'operator' };

interface Line {
  level: string;
  message: string;
  reqId?: string;
  launchId?: string;
  batch?: number;
  action?: string;
  endpoint?: string;
  outcome?: string;
}

let t: TestSandbox;
let ecs: EcsClient;
let db: Db;
let dir: string;
let lines: Line[];
let webIds: string[];
let patchWeb: string;

beforeAll(async () => {
  t = await startTestSandbox();
  ecs = t.client({ logger, maxAttempts: 1 });
  dir = mkdtempSync(join(tmpdir(), 'request-id-test-'));
  db = openDb({ kind: 'sqlite', file: join(dir, 'test.db') });
  await migrate(db);
  const web = await ecs.describeInstancesPage(REGION, { tags: [{ key: 'env', value: 'prod' }, { key: 'role', value: 'web' }], status: 'Running', maxResults: 3 });
  webIds = web.items.map((instance) => instance.instanceId);
  patchWeb = (await ecs.describeCommands(REGION, { name: 'patch-web.sh' })).items[0]?.commandId ?? '';
});
afterAll(async () => {
  await db.destroy();
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  lines = [];
  vi.stubEnv('LOG_LEVEL', 'debug');
  const capture = (text: unknown) => void lines.push(JSON.parse(String(text)) as Line);
  vi.spyOn(console, 'info').mockImplementation(capture);
  vi.spyOn(console, 'error').mockImplementation(capture);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

const lookAround = { name: 'lookAround', access: 'viewer' as const, schema: launchInputSchema.pick({ launchId: true }) };

describe('request ID', () => {
  it('is on the action line and on every ECS call the action makes, and two actions at once keep theirs apart', async () => {
    const look = (launchId: string) =>
      runAction(lookAround, async () => (await ecs.describeCommands(REGION, { name: 'patch-web.sh' })).items.length, { launchId }, { user });
    const [first, second] = await Promise.all([look(crypto.randomUUID()), look(crypto.randomUUID())]);
    expect(first.ok && second.ok).toBe(true);

    const actions = lines.filter((line) => line.message === 'action');
    expect(actions.map((line) => line.endpoint)).toEqual(['lookAround', 'lookAround']);
    const ids = actions.map((line) => line.reqId);
    expect(new Set(ids).size).toBe(2);
    const calls = lines.filter((line) => line.message === 'ecs call');
    expect(calls).toHaveLength(2);
    expect(calls.map((line) => line.reqId).sort()).toEqual([...ids].sort());
  });

  it('keeps the ID the HTTP server settled for the request', async () => {
    await withOwnContext({ reqId: 'edge-request-0001' }, () => runAction(lookAround, () => ecs.describeRegions(), { launchId: crypto.randomUUID() }, { user }));
    expect(lines.filter((line) => line.message === 'action' || line.message === 'ecs call').map((line) => line.reqId)).toEqual(['edge-request-0001', 'edge-request-0001']);
  });

  it('follows a launch: the action logs its launchId under the request ID, the dispatcher logs each batch’s ECS calls under that launchId', async () => {
    const engine = testEngine(db, ecs);
    const launchId = crypto.randomUUID();
    const draft = { ...emptyDraft(REGION), commandId: patchWeb, instanceIds: webIds, parameters: [{ name: 'packages', value: 'nginx', secret: false }] };
    const recorded = await runAction(
      { name: 'launchCommand', access: 'operator', schema: launchInputSchema },
      (input, context) => launch(engine.deps, context.user, input),
      { launchId, draft },
      { user },
    );
    expect(recorded.ok).toBe(true);
    const action = lines.find((line) => line.message === 'action' && line.endpoint === 'launchCommand');
    expect(action).toMatchObject({ outcome: 'ok', launchId });
    // What the action asked ECS while checking the draft carries its request ID.
    const checks = lines.filter((line) => line.message === 'ecs call');
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.every((line) => line.reqId === action?.reqId)).toBe(true);

    lines.length = 0;
    await engine.dispatchAll();
    const invoke = lines.filter((line) => line.message === 'ecs call' && line.action === 'InvokeCommand');
    expect(invoke).toHaveLength(1);
    expect(invoke[0]).toMatchObject({ launchId, batch: 1 });
    // The dispatcher works for no request: no request ID leaks into its lines from elsewhere.
    expect(lines.filter((line) => line.message === 'ecs call').every((line) => line.reqId === undefined && line.launchId === launchId)).toBe(true);

    const { body } = await exposition();
    expect(body).toMatch(/^invokedeck_batch_outcomes_total\{outcome="sent"\} [1-9]/m);
    expect(body).toMatch(/^invokedeck_ecs_calls_total\{action="InvokeCommand",code="OK"\} [1-9]/m);
    expect(body).toMatch(/^invokedeck_endpoint_duration_seconds_count\{kind="action",endpoint="launchCommand",outcome="ok"\} 1$/m);
  });
});
