/**
 * Overview bench: a month of launches with their per-instance states (about 350,000 instance
 * rows: most launches small, a few of 1,000), then the server time of what the overview and
 * the list's outcome column read, as median/p95 and as a ratio to a primary-key lookup of one
 * launch in the same process. SQLite by default; `--postgres` runs it on the test PostgreSQL
 * in a schema of its own, dropped afterwards.
 *
 *   node --conditions=react-server --import tsx bench/overview.bench.ts [--launches 5000] [--postgres]
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';

import { type Db, migrate, openDb } from '@/lib/db/client';
import { launchOutcomes, listLaunches } from '@/lib/db/launch-list';
import { findLaunch } from '@/lib/db/launches';
import { activeLaunches, dailyOutcomes, recentFailures } from '@/lib/db/overview';
import { type Database } from '@/lib/db/schema';
import { timelineRows } from '@/lib/launches/upcoming-runs';
import { ensureTestPostgres } from '@/lib/runtime/test-postgres';

import { measure, measureAsync, report, type Timing } from './measure';

const arg = process.argv.indexOf('--launches');
const LAUNCHES = arg > 0 ? Number(process.argv[arg + 1]) : 5_000;
const DAY = 86_400_000;
const NOW = new Date('2026-11-28T12:00:00.000Z');
const CHUNK = 400;

/** Deterministic PRNG (mulberry32): every run seeds the same data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(20261207);
/** Most launches are small; every thousandth is 1,000 instances. */
const SIZES = [5, 5, 5, 5, 5, 40, 40, 40, 200];
const FREQUENCIES = ['0 * * * * ? UTC', '0 0 */3 * * ? UTC', 'rate(1h)', '0 0 2 ? * MON-FRI Asia/Shanghai', 'rate(30m)'];

async function seed(db: Db): Promise<void> {
  const launches = [];
  const instances = [];
  for (let n = 0; n < LAUNCHES; n++) {
    const period = n % 1000 < 5;
    const active = n >= LAUNCHES - 10;
    const created = new Date(NOW.getTime() - (period ? 40 * DAY : Math.floor(next() * 30 * DAY)));
    const size = (n % 1000 === 999 ? 1000 : SIZES[Math.floor(next() * 9)]) ?? 5;
    const id = randomUUID();
    const failing = next() < 0.08;
    launches.push({
      id, created_at: created.toISOString(), created_by: 'u-1', created_by_username: 'priya', region_id: 'cn-shanghai', command_id: 'c-bench', command_name: `bench-${n % 17}.sh`,
      command_type: 'RunShellScript', repeat_mode: period ? 'Period' : 'Once', frequency: period ? (FREQUENCIES[n % FREQUENCIES.length] ?? null) : null, instance_count: size, batch_count: Math.ceil(size / 50),
      draft: '{}', send_status: 'sent' as const, status: active ? 'Running' : period ? 'Scheduled' : failing ? 'PartialFailed' : 'Success', status_updated_at: null, preset_id: null,
      rate_control: null, halt_reason: null, request_template: null, secrets_expire_at: null, stopped_at: null, change_seq: 1,
    });
    const finish = new Date(created.getTime() + 60_000).toISOString().replace('.000Z', 'Z');
    for (let i = 0; i < size; i++) {
      const failed = failing && i % 20 === 0;
      instances.push({
        launch_id: id, instance_id: `i-${n}-${i}`, batch_index: Math.floor(i / 50), status: active ? 'Running' : failed ? 'Failed' : 'Success', exit_code: failed ? 1 : 0,
        error_code: failed ? (i % 40 === 0 ? 'ExitCodeNonzero' : 'InvocationTimeout') : '', error_info: failed ? 'Exit code 1' : '', repeats: 1,
        start_time: created.toISOString(), finish_time: active ? null : finish, stop_time: null, dropped: 0, change_seq: 1,
      });
    }
  }
  for (let start = 0; start < launches.length; start += CHUNK) await db.insertInto('launches').values(launches.slice(start, start + CHUNK)).execute();
  for (let start = 0; start < instances.length; start += CHUNK) await db.insertInto('launch_instances').values(instances.slice(start, start + CHUNK)).execute();
  console.log(`seeded ${launches.length.toLocaleString('en-US')} launches, ${instances.length.toLocaleString('en-US')} instance rows`);
}

async function run(db: Db, kind: string): Promise<void> {
  const seeded = performance.now();
  await seed(db);
  console.log(`[${kind}] seeding took ${((performance.now() - seeded) / 1000).toFixed(1)} s`);
  const first = await listLaunches(db, {}, { limit: 20 });
  const ids = first.rows.map((row) => row.id);
  const runs = { runs: 100, warmup: 10 };
  const baseline = { label: 'primary-key lookup of one launch', timing: await measureAsync(async () => void (await findLaunch(db, ids[3] ?? '')), runs) };
  const cases: { label: string; timing: Timing }[] = [];
  const time = async (label: string, fn: () => Promise<unknown>) => cases.push({ label: label.padEnd(46), timing: await measureAsync(async () => void (await fn()), runs) });
  await time('list: first page (with outcomes)', () => listLaunches(db, {}, { limit: 20 }));
  await time('list: outcomes of the 20 rows alone', () => launchOutcomes(db, ids));
  await time('overview: running and scheduled', () => activeLaunches(db));
  await time('overview: failures of the last 24 h', () => recentFailures(db, new Date(NOW.getTime() - DAY)));
  await time('overview: 14 days of runs by outcome', () => dailyOutcomes(db, NOW));
  const period = (await activeLaunches(db)).filter((launch) => launch.repeatMode === 'Period');
  const timeline = measure(() => void timelineRows(period, { from: NOW, to: new Date(NOW.getTime() + DAY) }, 48), { runs: 50, warmup: 5, clock: 'wall' });
  cases.push({ label: `overview: timeline of ${period.length} Period launches`.padEnd(46), timing: timeline });
  report(`[${kind}] overview and list outcomes, ${LAUNCHES.toLocaleString('en-US')} launches (wall clock)`, baseline, cases);
}

async function main(): Promise<void> {
  if (process.argv.includes('--postgres')) {
    const server = await ensureTestPostgres();
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    const schema = `bench_overview_${process.pid}`;
    await admin.query(`CREATE SCHEMA ${schema}`);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: server.url, options: `-c search_path=${schema}`, max: 4 }) }) });
    try {
      await migrate(db, { schema });
      await run(db, 'postgresql');
    } finally {
      await db.destroy();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
      await server.stop();
    }
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'invokedeck-bench-'));
  const db = openDb({ kind: 'sqlite', file: join(dir, 'bench.db') });
  try {
    await migrate(db);
    await run(db, 'sqlite');
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
