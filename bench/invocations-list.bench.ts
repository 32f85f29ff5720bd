/**
 * Invocations list bench: 100,000 launches (60 days of a busy team: regions, commands,
 * operators, statuses and repeat modes spread as they are in practice), then the server time
 * of the list's queries (first page, a deep page reached by following cursors, each filter,
 * the filter menus) as median/p95 and as a ratio to a primary-key lookup of one launch
 * measured in the same process. Prints each query's plan. SQLite, then PostgreSQL in a schema of
 * its own, dropped afterwards: the one at TEST_DATABASE_URL, or a throwaway one when none answers
 * (started with fsync off, which changes the seeding time, not the reads measured).
 *
 *   node --conditions=react-server --import tsx bench/invocations-list.bench.ts [--launches 100000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type CompiledQuery, Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';

import { type Db, migrate, openDb } from '@/lib/db/client';
import { facetQueries, findLaunchStatuses, type LaunchCursor, type LaunchFilters, launchFacets, launchPageQuery, listLaunches } from '@/lib/db/launch-list';
import { findLaunch } from '@/lib/db/launches';
import { migrationProvider } from '@/lib/db/migrations';
import { type Database } from '@/lib/db/schema';
import { ensureTestPostgres } from '@/lib/runtime/test-postgres';

import { measureAsync, report, type Timing } from './measure';

const PAGE = 20; // the page's own size
const DAY = 86_400_000;
const arg = process.argv.indexOf('--launches');
const LAUNCHES = arg > 0 ? Number(process.argv[arg + 1]) : 100_000;
const NOW = Date.parse('2026-11-28T12:00:00.000Z');

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
const next = random(20261128);
function weighted<T>(choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = next() * total;
  for (const [value, weight] of choices) if ((roll -= weight) < 0) return value;
  return (choices.at(-1) as readonly [T, number])[0];
}
/** Zipf-like: the first items are used far more than the last. */
const zipf = <T,>(items: readonly T[]): T => items[Math.min(items.length - 1, Math.floor(items.length * next() ** 2.2))] as T;

const REGIONS = [['cn-shanghai', 60], ['cn-hangzhou', 24], ['cn-beijing', 10], ['ap-southeast-1', 4], ['eu-central-1', 2]] as const;
const NAMES = ['health-check.sh', 'patch-web.sh', 'rotate-logs.sh', 'deploy-service.ps1', 'inventory-packages.sh', 'cleanup-disk.sh', 'register-node.sh', 'flush-dns.bat', 'disk-usage.ps1', 'rebuild-search-index.sh'];
const OPERATORS = ['priya', 'marco', 'sam', 'lena', 'tomas', 'ines', 'kenji', 'ade', 'olga', 'raj', 'mei', 'fatima', 'jonas', 'elif', 'diego', 'hana', 'noah', 'zara', 'piet', 'yusuf'];
const REPEAT = [['Once', 85], ['Period', 10], ['EveryReboot', 3], ['NextRebootOnly', 2]] as const;
const DONE = [['Success', 80], ['Failed', 6], ['PartialFailed', 5], ['Stopped', 3]] as const;

function launchRow(n: number) {
  const at = NOW - Math.floor(next() * 60 * DAY);
  const region = weighted(REGIONS);
  const name = zipf(NAMES);
  const repeat = weighted(REPEAT);
  const instances = next() < 0.8 ? 1 + Math.floor(next() * 20) : 20 + Math.floor(next() * 400);
  const ageHours = (NOW - at) / 3_600_000;
  const status =
    repeat === 'Period' ? (next() < 0.7 ? 'Stopped' : 'Scheduled') : repeat !== 'Once' && next() < 0.5 ? 'Scheduled' : ageHours < 1 ? weighted([['Running', 3], ['Pending', 1], ['Success', 6]]) : weighted(DONE);
  return {
    id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
    created_at: new Date(at).toISOString(),
    created_by: `u-${OPERATORS.indexOf(zipf(OPERATORS))}`,
    created_by_username: n % 5000 === 7 ? 'auditor' : zipf(OPERATORS),
    region_id: region,
    command_id: n % 4000 === 3 ? 'c-rare-command' : `c-${region}-${NAMES.indexOf(name)}`,
    command_name: name,
    command_type: name.endsWith('.ps1') ? 'RunPowerShellScript' : name.endsWith('.bat') ? 'RunBatScript' : 'RunShellScript',
    repeat_mode: repeat,
    frequency: repeat === 'Period' ? weighted([['rate(5m)', 2], ['0 0 2 ? * MON-FRI Asia/Shanghai', 3], ['0 */15 * * * ?', 1]]) : null,
    instance_count: instances,
    batch_count: Math.ceil(instances / 50),
    draft: JSON.stringify({ regionId: region, instanceIds: Array.from({ length: Math.min(instances, 20) }, (_, i) => `i-${n}-${i}`) }),
    send_status: 'sent' as const,
    status,
    status_updated_at: new Date(at + 60_000).toISOString(),
    preset_id: null,
  };
}

async function seed(db: Db): Promise<void> {
  const CHUNK = 500;
  for (let start = 0; start < LAUNCHES; start += CHUNK) {
    const launches = Array.from({ length: Math.min(CHUNK, LAUNCHES - start) }, (_, i) => launchRow(start + i));
    const batches = launches.flatMap((launch) =>
      Array.from({ length: launch.batch_count }, (_, index) => ({
        id: `00000000-0000-4000-9${index.toString(16).padStart(3, '0')}-${launch.id.slice(-12)}`,
        launch_id: launch.id,
        batch_index: index,
        region_id: launch.region_id,
        client_token: `${launch.id}-${index}`,
        instance_ids: '[]',
        status: 'sent' as const,
        invoke_id: `t-${launch.id.slice(-12)}${index}`,
        request_id: null,
        error_code: null,
        error_message: null,
        attempts: 1,
        sent_at: launch.created_at,
        updated_at: launch.created_at,
        invocation_status: launch.status,
        snapshot: null,
        snapshot_at: null,
      })),
    );
    await db.transaction().execute(async (tx) => {
      await tx.insertInto('launches').values(launches).execute();
      for (let b = 0; b < batches.length; b += CHUNK) await tx.insertInto('launch_batches').values(batches.slice(b, b + CHUNK)).execute();
    });
  }
}

const FILTERS: [string, LaunchFilters][] = [
  ['status=Failed', { status: 'Failed' }],
  ['status=Running (rare)', { status: 'Running' }],
  ['region=cn-beijing', { regionId: 'cn-beijing' }],
  ['command (common)', { commandId: 'c-cn-shanghai-0' }],
  ['command (rare)', { commandId: 'c-rare-command' }],
  ['operator (common)', { createdBy: 'priya' }],
  ['operator (rare)', { createdBy: 'auditor' }],
  ['repeat=Period', { repeatMode: 'Period' }],
  ['repeat=NextRebootOnly', { repeatMode: 'NextRebootOnly' }],
  ['date range (one week, a month ago)', { from: new Date(NOW - 37 * DAY).toISOString(), to: new Date(NOW - 30 * DAY).toISOString() }],
  ['status + region', { status: 'PartialFailed', regionId: 'cn-hangzhou' }],
];

async function plan(db: Db, kind: 'sqlite' | 'postgres', query: CompiledQuery): Promise<string> {
  const text = kind === 'sqlite' ? `EXPLAIN QUERY PLAN ${query.sql}` : `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${query.sql}`;
  const result = await db.executeQuery<Record<string, unknown>>({ ...query, sql: text });
  return result.rows.map((row) => `      ${kind === 'sqlite' ? String(row.detail) : String(row['QUERY PLAN'])}`).join('\n');
}

async function run(db: Db, kind: 'sqlite' | 'postgres'): Promise<void> {
  const seeded = performance.now();
  await seed(db);
  if (kind === 'postgres') await sql`ANALYZE`.execute(db);
  console.log(`\n[${kind}] seeded ${LAUNCHES.toLocaleString('en-US')} launches in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

  // The deep page: follow "Older" 1,000 times (or as far as the data goes), as an operator would.
  let cursor: LaunchCursor | undefined;
  const walked = performance.now();
  let depth = 0;
  for (; depth < 1000; depth++) {
    const page = await listLaunches(db, {}, { limit: PAGE, after: cursor });
    if (!page.next) break;
    cursor = page.next;
  }
  console.log(`[${kind}] followed ${depth} "Older" links in ${((performance.now() - walked) / 1000).toFixed(2)} s (${((performance.now() - walked) / Math.max(depth, 1)).toFixed(2)} ms per page)`);

  const ids = (await launchPageQuery(db, {}, { limit: 19 }).execute()).map((row) => row.id);
  const probe = ids[7] ?? '';
  const runs = { runs: 200, warmup: 20 };
  const baseline = { label: 'primary-key lookup of one launch', timing: await measureAsync(async () => void (await findLaunch(db, probe)), runs) };
  const cases: { label: string; timing: Timing }[] = [];
  const time = async (label: string, fn: () => Promise<unknown>) => cases.push({ label: label.padEnd(44), timing: await measureAsync(async () => void (await fn()), runs) });
  await time('first page', () => listLaunches(db, {}, { limit: PAGE }));
  await time(`page ${depth + 1} (after ${depth} cursors)`, () => listLaunches(db, {}, { limit: PAGE, after: cursor }));
  await time(`"Newer" from page ${depth + 1}`, () => listLaunches(db, {}, { limit: PAGE, before: cursor }));
  for (const [label, filters] of FILTERS) await time(`filter ${label}`, () => listLaunches(db, filters, { limit: PAGE }));
  await time('filter menus (launchFacets)', () => launchFacets(db));
  await time('live statuses of 20 rows', () => findLaunchStatuses(db, ids));
  report(`[${kind}] invocations list, ${LAUNCHES.toLocaleString('en-US')} launches, page of ${PAGE} (wall clock, includes each page's batch and "Newer" probe queries)`, baseline, cases);

  console.log(`\n[${kind}] query plans (the page's main query)`);
  const plans: [string, CompiledQuery][] = [
    ['first page', launchPageQuery(db, {}, { limit: PAGE }).compile()],
    [`page ${depth + 1}`, launchPageQuery(db, {}, { limit: PAGE, after: cursor }).compile()],
    ...FILTERS.flatMap(([label, filters]): [string, CompiledQuery][] => [
      [`filter ${label}, first page`, launchPageQuery(db, filters, { limit: PAGE }).compile()],
      [`filter ${label}, from page ${depth + 1}'s cursor`, launchPageQuery(db, filters, { limit: PAGE, after: cursor }).compile()],
    ]),
    ['facet: regions', facetQueries().regions.compile(db)],
    ['facet: commands', facetQueries().commands.compile(db)],
  ];
  for (const [label, query] of plans) console.log(`  ${label}\n${await plan(db, kind, query)}`);
}

async function sqlite(): Promise<void> {
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

async function postgres(): Promise<void> {
  const server = await ensureTestPostgres();
  console.log(`\n[postgres] ${server.description}`);
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  const schema = `bench_${process.pid}`;
  await admin.query(`CREATE SCHEMA ${schema}`);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: server.url, options: `-c search_path=${schema}`, max: 4 }) }) });
  try {
    // Kysely looks for its migration tables in every schema unless told which: name ours, or a
    // test suite's schema in the same database would make it skip creating them here.
    const { error } = await new Migrator({ db, provider: migrationProvider, migrationTableSchema: schema }).migrateToLatest();
    if (error) throw error;
    await run(db, 'postgres');
  } finally {
    await db.destroy();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
    await server.stop();
  }
}

sqlite()
  .then(postgres)
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
