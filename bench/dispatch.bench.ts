import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Ecs, * as $Ecs from '@alicloud/ecs20140526';
import * as $OpenApi from '@alicloud/openapi-core';

import { type SessionUser } from '@/lib/auth/sessions';
import { mapWithConcurrency } from '@/lib/concurrency';
import { migrate, openDb } from '@/lib/db/client';
import { createEcsClient, type EcsClient } from '@/lib/ecs';
import { startSandbox } from '@/lib/ecs-sandbox/server';
import { emptyDraft } from '@/lib/invoke/draft';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';
import { launch } from '@/lib/launches/launch';
import { testEngine } from '@/lib/launches/test-engine';

import { eligibleLinux } from './fleet';
import { report, timingOf } from './measure';

/**
 * How fast the dispatcher sends a recorded launch, against the same calls made bare. A launch
 * of 2,000 instances is 40 InvokeCommand calls of 50; both sides make 4 at a time, against an
 * in-process sandbox over HTTP, SQLite on disk:
 *   baseline    the ECS calls the engine makes, bare: per batch the check of its instances
 *               (DescribeInstances and DescribeCloudAssistantStatus for 50) and InvokeCommand
 *               through the official SDK;
 *   dispatcher  the same launch sent by the engine: each batch leased under the launch's lock,
 *               its instances checked just before sending, its secrets opened, sent, and the
 *               InvokeId and per-instance rows recorded; the launch recorded first.
 * The ratio is the engine's own price (database, leases) for sending crash-safe. Throughput is
 * also printed against the sandbox's own ceiling: the InvokeCommand calls alone, at once.
 * Run: node --conditions=react-server --import tsx bench/dispatch.bench.ts
 */
const INSTANCES = 2_000;
const PARALLEL = 4;
const RUNS = 8;

async function main(): Promise<void> {
  const sandbox = await startSandbox({ port: 0, instances: 5_000, limits: { dailyInvocations: 100_000_000 } });
  const dir = mkdtempSync(join(tmpdir(), 'bench-dispatch-'));
  const db = openDb({ kind: 'sqlite', file: join(dir, 'bench.db') });
  await migrate(db);
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  const ecs: EcsClient = createEcsClient({ endpoint: sandbox.url, credentials: { accessKeyId: sandbox.accessKeyId, accessKeySecret: sandbox.accessKeySecret }, logger: quiet });
  const sdk = new Ecs(new $OpenApi.$OpenApiUtil.Config({ accessKeyId: sandbox.accessKeyId, accessKeySecret: sandbox.accessKeySecret, endpoint: sandbox.endpoint, protocol: 'http', regionId: 'cn-shanghai', readTimeout: 10_000, connectTimeout: 10_000 }));
  const [command] = (await ecs.describeCommands('cn-shanghai', { name: 'rotate-logs.sh' })).items;
  if (!command) throw new Error('the seeded fleet changed: rotate-logs.sh is missing');
  const eligible = await eligibleLinux(ecs, INSTANCES);
  const limits = { ...DEFAULT_LIMITS, dailyInvocations: 100_000_000 };
  const perCall = limits.instancesPerCall;
  const parameters = { log_dir: '/var/log/app', keep_days: '7' };
  const user: SessionUser = { userId: '00000000-0000-4000-8000-00000000000c', username: 'bench', displayName: 'Bench', role: 'operator' };
  const engine = testEngine(db, ecs, { limits, parallel: PARALLEL });

  const chunks: string[][] = [];
  for (let start = 0; start < eligible.length; start += perCall) chunks.push(eligible.slice(start, start + perCall));

  // The same ECS calls the engine makes for a batch, bare: its just-in-time check (the one
  // DescribeInstances page and agent status the instance list reads) and the InvokeCommand.
  const bareBatch = async (instanceIds: string[]) => {
    await ecs.listInstancesWithAgentPage('cn-shanghai', null, { instanceIds, maxResults: 100 });
    await sdk.invokeCommand(new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', commandId: command.commandId, instanceId: instanceIds, parameters }));
  };
  const engineLaunch = async () => {
    const launchId = crypto.randomUUID();
    await launch(engine.deps, user, {
      launchId,
      draft: {
        ...emptyDraft('cn-shanghai'),
        commandId: command.commandId,
        instanceIds: eligible,
        parameters: Object.entries(parameters).map(([name, value]) => ({ name, value, secret: false })),
      },
    });
    await engine.dispatchAll();
    const result = await engine.result(launchId);
    if (result.batches.some((batch) => batch.status !== 'sent')) throw new Error('a batch was not sent');
  };
  // Rounds alternate, so the sandbox's growing invocation history weighs on both sides alike.
  const ceiling: number[] = [];
  const bare: number[] = [];
  const dispatched: number[] = [];
  for (let round = -1; round < RUNS; round++) {
    let started = performance.now();
    await mapWithConcurrency(chunks, PARALLEL, (instanceId) => sdk.invokeCommand(new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', commandId: command.commandId, instanceId, parameters })));
    if (round >= 0) ceiling.push(performance.now() - started);
    started = performance.now();
    await mapWithConcurrency(chunks, PARALLEL, bareBatch);
    if (round >= 0) bare.push(performance.now() - started);
    started = performance.now();
    await engineLaunch();
    if (round >= 0) dispatched.push(performance.now() - started);
  }
  const bareTiming = timingOf(bare);
  const engineTiming = timingOf(dispatched);
  report(
    `Dispatch: a launch of ${eligible.length} instances (${chunks.length} batches of ${perCall}, ${PARALLEL} at a time), wall clock`,
    { label: `the same ECS calls bare (check + InvokeCommand per batch)`, timing: bareTiming },
    [{ label: 'recorded and sent by the engine ', timing: engineTiming }],
  );
  const perSecond = (timing: { median: number }) => Math.round((eligible.length * 1000) / timing.median).toLocaleString('en');
  console.log(`  instances sent a second: the sandbox's own ceiling (InvokeCommand alone) ${perSecond(timingOf(ceiling))}; the same ECS calls bare ${perSecond(bareTiming)}; the engine ${perSecond(engineTiming)}`);

  await db.destroy();
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
}

void main();
