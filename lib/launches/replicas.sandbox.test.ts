import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type SessionUser } from '@/lib/auth/sessions';
import { type Db } from '@/lib/db/client';
import { createPostgresSchema } from '@/lib/db/test-databases';
import { type EcsClient } from '@/lib/ecs';
import { startTestSandbox, type TestSandbox } from '@/lib/ecs/test-sandbox';
import { emptyDraft } from '@/lib/invoke/draft';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';

import { launch } from './launch';
import { resendBatch } from './resend';
import { secretKeyFrom } from './secret-box';

/**
 * Several replicas on one PostgreSQL, the sandbox failing on purpose (throttling, 500s, 503s,
 * latency, dropped connections, replies lost after the call was carried out): launches of
 * 1,200 instances and more, one replica killed with SIGKILL mid-launch. Every batch must end
 * sent (with its InvokeId) or failed (with its error, and resendable), and no instance may run
 * twice. The replicas are real processes (lib/runtime/engine-worker.ts), the engine of `npm
 * start` without its HTTP side.
 */
const user: SessionUser = { userId: '00000000-0000-4000-8000-0000000000f1', username: 'omar', displayName: 'Omar', role: 'operator' };
const REGION = 'cn-shanghai';
const SECRET_KEY = randomBytes(32).toString('base64');

let t: TestSandbox;
let ecs: EcsClient;
let database: { db: Db; url: string; drop(): Promise<void> };
let dataDir: string;
const replicas: ChildProcess[] = [];

beforeAll(async () => {
  t = await startTestSandbox({ instances: 2_000, limits: { dailyInvocations: 1_000_000 } });
  ecs = t.client({ maxAttempts: 4 });
  database = await createPostgresSchema();
  dataDir = mkdtempSync(join(tmpdir(), 'replicas-'));
});

afterAll(async () => {
  for (const replica of replicas) if (replica.exitCode === null) replica.kill('SIGKILL');
  await database?.drop();
  await t?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function startReplica(name: string): ChildProcess {
  const { NODE_OPTIONS: _options, ...base } = process.env;
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'lib/runtime/engine-worker.ts'], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...base,
      INVOKEDECK_MODE: 'sandbox',
      DATABASE_URL: database.url,
      DATA_DIR: join(dataDir, name),
      ECS_ENDPOINT: t.sandbox.url,
      SANDBOX_ACCESS_KEY_ID: t.sandbox.accessKeyId,
      SANDBOX_ACCESS_KEY_SECRET: t.sandbox.accessKeySecret,
      INVOKEDECK_SECRET_KEY: SECRET_KEY,
      DISPATCH_LEASE_SECONDS: '3',
      DISPATCH_MAX_ATTEMPTS: '6',
      ECS_MAX_ATTEMPTS: '3',
      ECS_CONNECT_TIMEOUT_MS: '2000',
      ECS_READ_TIMEOUT_MS: '4000',
      LOG_LEVEL: 'error',
    },
  });
  replicas.push(child);
  return child;
}

async function until(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const countBatches = async (status: 'pending' | 'sent' | 'failed') =>
  Number((await database.db.selectFrom('launch_batches').select((eb) => eb.fn.countAll().as('n')).where('status', '=', status).executeTakeFirstOrThrow()).n);

describe('replicas on one PostgreSQL, under faults', () => {
  it('finish every batch exactly once when one is killed with SIGKILL mid-launch', { timeout: 240_000 }, async () => {
    const eligible: string[] = [];
    let token: string | null = null;
    do {
      const page = await ecs.listInstancesWithAgentPage(REGION, token, { maxResults: 100 });
      eligible.push(...page.items.filter((item) => item.status === 'Running' && item.osType === 'linux' && item.agentOnline && item.networkType === 'vpc').map((item) => item.instanceId));
      token = page.nextToken;
    } while (token);
    expect(eligible.length).toBeGreaterThanOrEqual(1_300);
    const commandId = (await ecs.describeCommands(REGION, { name: 'patch-web.sh' })).items[0]?.commandId ?? '';
    const deps = { db: database.db, ecs, limits: { ...DEFAULT_LIMITS, dailyInvocations: 1_000_000 }, secretKey: secretKeyFrom(Buffer.from(SECRET_KEY, 'base64')) };
    // With a secret: each replica opens the batches it takes with the key they share.
    const draft = (instanceIds: string[]) => ({ ...emptyDraft(REGION), commandId, instanceIds, parameters: [{ name: 'packages', value: 'nginx', secret: false }, { name: 'registry_token', value: 'tok-replicas', secret: true }] });
    const launches = [eligible.slice(0, 1_200), ...[0, 1, 2, 3].map((n) => eligible.slice(1_200 + n * 25, 1_225 + n * 25))];
    for (const instanceIds of launches) await launch(deps, user, { launchId: crypto.randomUUID(), draft: draft(instanceIds) });
    const total = Number((await database.db.selectFrom('launch_batches').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    expect(total).toBe(24 + 4);

    await t.forget();
    const invocationsBefore = (await t.control<{ invocations: number }>('GET', '/_sandbox')).invocations;
    await t.faults({
      InvokeCommand: { throttle: 0.1, internalError: 0.05, unavailable: 0.05, drop: 0.03, lostReply: 0.05, latencyMs: 150 },
      DescribeInstances: { throttle: 0.05, unavailable: 0.03, latencyMs: 20 },
      DescribeCloudAssistantStatus: { throttle: 0.05, drop: 0.02 },
      '*': { latencyMs: 10 },
    });
    const doomed = startReplica('a');
    startReplica('b');
    await until(async () => (await countBatches('sent')) >= 3, 60_000, 'the first batches to be sent');
    doomed.kill('SIGKILL');
    await until(async () => (await countBatches('pending')) === 0, 150_000, 'every batch to be sent or failed');

    // Failed ones are resendable: with the faults gone, the surviving replica sends them.
    await t.faults({});
    const failed = await database.db.selectFrom('launch_batches').select(['launch_id', 'batch_index', 'error_code']).where('status', '=', 'failed').execute();
    expect(failed.every((batch) => batch.error_code)).toBe(true);
    for (const batch of failed) await resendBatch(deps, user, { launchId: batch.launch_id, batchIndex: batch.batch_index, secrets: {} });
    await until(async () => (await countBatches('sent')) === total, 60_000, 'the resent batches');

    const batches = await database.db.selectFrom('launch_batches').select(['client_token', 'invoke_id', 'instance_ids']).execute();
    expect(new Set(batches.map((batch) => batch.invoke_id)).size).toBe(total);
    // No instance ran twice: every call that reached the sandbox for an instance carried one ClientToken,
    // and Alibaba (the sandbox) made one invocation per ClientToken.
    const tokensOf = new Map<string, Set<string>>();
    for (const call of await t.requests('InvokeCommand')) {
      if (call.code !== 'OK' && call.code !== 'ReplyLost') continue;
      for (const [key, value] of Object.entries(call.params)) if (key.startsWith('InstanceId.')) tokensOf.set(value, (tokensOf.get(value) ?? new Set()).add(call.params.ClientToken ?? ''));
    }
    expect(tokensOf.size).toBe(1_300);
    expect([...tokensOf.values()].filter((tokens) => tokens.size !== 1)).toEqual([]);
    expect((await t.control<{ invocations: number }>('GET', '/_sandbox')).invocations - invocationsBefore).toBe(total);
  });
});
