import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { type Db, openDb } from '@/lib/db/client';
import { startTestSandbox, type TestSandbox } from '@/lib/ecs/test-sandbox';

import { createReadiness, type Readiness, readinessResponse } from './readiness';

/**
 * /api/health/ready's checks against real parts: a SQLite file, a PostgreSQL address nothing
 * listens on, and the ECS sandbox over HTTP with faults injected.
 */
let t: TestSandbox;
let sqlite: Db;
let unreachable: Db;
let dir: string;

/** A port that was free a moment ago: connecting to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 1;
}

beforeAll(async () => {
  t = await startTestSandbox();
  dir = mkdtempSync(join(tmpdir(), 'readiness-test-'));
  sqlite = openDb({ kind: 'sqlite', file: join(dir, 'test.db') });
  unreachable = openDb({ kind: 'postgres', url: `postgres://invokedeck:invokedeck@127.0.0.1:${await closedPort()}/invokedeck` });
});
afterAll(async () => {
  await sqlite.destroy();
  await unreachable.destroy();
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await t.control('DELETE', '/_sandbox/faults');
  await t.forget();
});

const probe = () => t.client({ maxAttempts: 1 });

async function answer(readiness: Readiness): Promise<{ status: number; body: Readiness }> {
  const response = readinessResponse(readiness);
  return { status: response.status, body: (await response.json()) as Readiness };
}

describe('readiness', () => {
  it('is ready when the database answers and ECS answers DescribeRegions', async () => {
    const { status, body } = await answer(await createReadiness({ db: async () => sqlite, ecs: probe }).check());
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, checks: { database: { ok: true }, ecs: { ok: true } } });
    expect(await t.requests('DescribeRegions')).toHaveLength(1);
  });

  it('answers 503 naming the database when it cannot be reached', async () => {
    const { status, body } = await answer(await createReadiness({ db: async () => unreachable, ecs: probe }).check());
    expect(status).toBe(503);
    expect(body.checks.database).toMatchObject({ ok: false, reason: 'the database failed: ECONNREFUSED' });
    expect(body.checks.ecs.ok).toBe(true);
  });

  it('answers 503 naming ECS with Alibaba’s code when the endpoint refuses', async () => {
    await t.faults({ DescribeRegions: { unavailable: 1 } });
    const { status, body } = await answer(await createReadiness({ db: async () => sqlite, ecs: probe }).check());
    expect(status).toBe(503);
    expect(body.checks.ecs).toMatchObject({ ok: false, reason: 'ECS refused or failed: ServiceUnavailable' });
  });

  it('gives up on a dependency that does not answer in time', async () => {
    await t.faults({ DescribeRegions: { latencyMs: 3_000 } });
    const readiness = await createReadiness({ db: async () => sqlite, ecs: probe, timeoutMs: 300 }).check();
    expect(readiness.checks.ecs).toMatchObject({ ok: false, reason: 'ECS did not answer within 300 ms' });
  });

  it('checks once for probes that come together or within the cache period', async () => {
    const readiness = createReadiness({ db: async () => sqlite, ecs: probe, ttlMs: 60_000 });
    const answers = await Promise.all([readiness.check(), readiness.check(), readiness.check()]);
    await readiness.check();
    expect(new Set(answers).size).toBe(1);
    expect(await t.requests('DescribeRegions')).toHaveLength(1);
  });
});
