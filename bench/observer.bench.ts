import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import * as $Ecs from '@alicloud/ecs20140526';

import { type SessionUser } from '@/lib/auth/sessions';
import { migrate, openDb } from '@/lib/db/client';
import { listBatches } from '@/lib/db/launches';
import { createEcsClient, type EcsClient } from '@/lib/ecs';
import { startSandbox } from '@/lib/ecs-sandbox/server';
import { ecsClient } from '@/lib/ecs-sandbox/testing/clients';
import { emptyDraft } from '@/lib/invoke/draft';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';
import { launch } from '@/lib/launches/launch';
import { readLaunch } from '@/lib/launches/launch-read';
import { Observer } from '@/lib/launches/observer';
import { testEngine } from '@/lib/launches/test-engine';

import { eligibleLinux } from './fleet';

/**
 * ECS calls a minute spent keeping a running launch's statuses current (200 instances in 10
 * InvokeIds, a command that runs for hours), with 1 and with 10 viewers polling its page every
 * 2 s, over one simulated minute:
 *   baseline  each viewer's poll asks ECS about every unfinished InvokeId (before the observer);
 *   observer  viewers read our records; one observer asks ECS, backing off while nothing moves.
 * Run: node --conditions=react-server --import tsx bench/observer.bench.ts
 */
const MINUTE_S = 60;
const POLL_S = 2;

async function main(): Promise<void> {
  const sandbox = await startSandbox({ port: 0, clock: 'manual', limits: { dailyInvocations: 1_000_000 } });
  const dir = mkdtempSync(join(tmpdir(), 'bench-observer-'));
  const db = openDb({ kind: 'sqlite', file: join(dir, 'bench.db') });
  await migrate(db);
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  const ecs: EcsClient = createEcsClient({ endpoint: sandbox.url, credentials: { accessKeyId: sandbox.accessKeyId, accessKeySecret: sandbox.accessKeySecret }, logger: quiet });
  const created = await ecsClient(sandbox).createCommand(new $Ecs.CreateCommandRequest({ regionId: 'cn-shanghai', name: 'long-job.sh', type: 'RunShellScript', commandContent: 'sleep 36000', contentEncoding: 'PlainText', timeout: 86_400 }));
  const eligible = await eligibleLinux(ecs, 200);
  const user: SessionUser = { userId: '00000000-0000-4000-8000-00000000000b', username: 'bench', displayName: 'Bench', role: 'operator' };
  const engine = testEngine(db, ecs, { limits: { ...DEFAULT_LIMITS, instancesPerCall: 20 } });
  const launchId = crypto.randomUUID();
  await launch({ ...engine.deps, limits: { ...DEFAULT_LIMITS, instancesPerCall: 20, dailyInvocations: 1_000_000 } }, user, { launchId, draft: { ...emptyDraft('cn-shanghai'), commandId: created.body?.commandId ?? '', instanceIds: eligible.slice(0, 200) } });
  await engine.dispatchAll();
  const batches = (await listBatches(db, launchId)).filter((batch) => batch.invoke_id);

  const calls = async () => (await (await fetch(`${sandbox.url}/_sandbox/requests?action=DescribeInvocations`, { headers: { authorization: `Bearer ${sandbox.controlToken}` } })).json()) as { requests: unknown[] };
  const forget = () => fetch(`${sandbox.url}/_sandbox/requests`, { method: 'DELETE', headers: { authorization: `Bearer ${sandbox.controlToken}` } });

  /** Before: every viewer's poll refreshed every unfinished InvokeId itself. */
  const perViewer = async (viewers: number) => {
    await forget();
    for (let second = 0; second < MINUTE_S; second += POLL_S) {
      for (let viewer = 0; viewer < viewers; viewer++) {
        for (const batch of batches) await ecs.describeInvocations('cn-shanghai', { invokeId: batch.invoke_id ?? '', maxResults: 1 });
      }
    }
    return (await calls()).requests.length;
  };
  /** Now: viewers read our records; one observer asks ECS when each InvokeId is due. */
  const observed = async (viewers: number) => {
    await forget();
    // Each run starts fresh: no observer holds the region, every InvokeId is due at once.
    await db.deleteFrom('leases').execute();
    await db.updateTable('launch_batches').set({ observe_at: new Date(0).toISOString(), observe_delay_ms: 0 }).execute();
    let clock = Date.now();
    const observer = new Observer({ db, ecs, owner: `bench-${viewers}`, callsPerSecond: 5, now: () => new Date(clock) });
    let seq = 0;
    for (let second = 0; second < MINUTE_S; second++) {
      await observer.tick();
      if (second % POLL_S === 0) {
        for (let viewer = 0; viewer < viewers; viewer++) {
          const view = await readLaunch(db, launchId, { since: seq });
          if (view && viewer === 0) seq = view.seq;
        }
      }
      clock += 1_000;
    }
    return (await calls()).requests.length;
  };

  console.log(`\nECS calls in one minute to keep ${batches.length} running InvokeIds current (a page polled every ${POLL_S} s)`);
  for (const viewers of [1, 10]) {
    const before = await perViewer(viewers);
    const now = await observed(viewers);
    console.log(`  ${String(viewers).padStart(2)} viewer${viewers === 1 ? ' ' : 's'}: baseline (each viewer asks) ${before} calls/min; observer ${now} calls/min  →  ${(now / before).toFixed(3)}× baseline`);
  }

  await db.destroy();
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
}

void main();
