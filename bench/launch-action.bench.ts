import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Ecs, * as $Ecs from '@alicloud/ecs20140526';
import * as $OpenApi from '@alicloud/openapi-core';

import { type SessionUser } from '@/lib/auth/sessions';
import { migrate, openDb } from '@/lib/db/client';
import { createEcsClient } from '@/lib/ecs';
import { startSandbox } from '@/lib/ecs-sandbox/server';
import { emptyDraft } from '@/lib/invoke/draft';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';
import { launch } from '@/lib/launches/launch';
import { secretKeyFrom } from '@/lib/launches/secret-box';

import { eligibleLinux } from './fleet';
import { measureAsync, report } from './measure';

/**
 * How long the launch action takes to answer, by the size of the launch. It records the launch
 * and answers; the dispatcher sends the batches afterwards. Against an in-process sandbox with
 * 10,000 instances over HTTP, SQLite on disk:
 *   baseline  one InvokeCommand through the official SDK, nothing else;
 *   launch N  the action for N instances: validate (the command, and for up to 100 instances
 *             each one's eligibility, from ECS), record launch, batches, instances and quota.
 * The answer must not grow with the instance count: larger launches are checked batch by batch
 * just before each is sent.
 * Run: node --conditions=react-server --import tsx bench/launch-action.bench.ts
 */
async function main(): Promise<void> {
  const sandbox = await startSandbox({ port: 0, instances: 10_000, limits: { dailyInvocations: 100_000_000 } });
  const dir = mkdtempSync(join(tmpdir(), 'bench-launch-'));
  const db = openDb({ kind: 'sqlite', file: join(dir, 'bench.db') });
  await migrate(db);
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  const ecs = createEcsClient({ endpoint: sandbox.url, credentials: { accessKeyId: sandbox.accessKeyId, accessKeySecret: sandbox.accessKeySecret }, logger: quiet });
  const sdk = new Ecs(new $OpenApi.$OpenApiUtil.Config({ accessKeyId: sandbox.accessKeyId, accessKeySecret: sandbox.accessKeySecret, endpoint: sandbox.endpoint, protocol: 'http', regionId: 'cn-shanghai', readTimeout: 10_000, connectTimeout: 10_000 }));
  const [command] = (await ecs.describeCommands('cn-shanghai', { name: 'rotate-logs.sh' })).items;
  if (!command) throw new Error('the seeded fleet changed: rotate-logs.sh is missing');
  const eligible = await eligibleLinux(ecs, 10_000);
  const user: SessionUser = { userId: '00000000-0000-4000-8000-000000000009', username: 'bench', displayName: 'Bench', role: 'operator' };
  const deps = { db, ecs, limits: { ...DEFAULT_LIMITS, dailyInvocations: 100_000_000 }, secretKey: secretKeyFrom(Buffer.alloc(32, 3)) };
  const parameters = { log_dir: '/var/log/app', keep_days: '7' };
  const first = eligible[0] ?? '';

  const baseline = await measureAsync(async () => {
    await sdk.invokeCommand(new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', commandId: command.commandId, instanceId: [first], parameters }));
  });
  const launchOf = (count: number) => () =>
    launch(deps, user, {
      launchId: crypto.randomUUID(),
      draft: {
        ...emptyDraft('cn-shanghai'),
        commandId: command.commandId,
        instanceIds: eligible.slice(0, count),
        parameters: Object.entries(parameters).map(([name, value]) => ({ name, value, secret: false })),
      },
    }).then(() => undefined);
  const cases = [];
  for (const count of [1, 50, 10_000]) {
    cases.push({ label: `launch action, ${String(Math.min(count, eligible.length)).padStart(6)} instances`, timing: await measureAsync(launchOf(count), { runs: count > 1_000 ? 10 : 30, warmup: 2 }) });
  }
  report(`Launch action: time to answer by launch size (wall clock; ${eligible.length} eligible instances in the sandbox)`, { label: 'official SDK InvokeCommand', timing: baseline }, cases);

  await db.destroy();
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
}

void main();
