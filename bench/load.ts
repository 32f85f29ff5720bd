import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import autocannon from 'autocannon';
import pg from 'pg';

import { type PickerInstance } from '@/components/invoke/instance-picker';
import { type DbConfig } from '@/lib/db/client';
import { initialParameters, type InvokeDraft } from '@/lib/invoke/draft';
import { eligibility } from '@/lib/invoke/eligibility';
import { type InvokeCommandInfo } from '@/lib/invoke/types';
import { buildIfStale } from '@/lib/runtime/build';
import { freePort } from '@/lib/runtime/free-port';
import { ensureTestPostgres, redactUrl } from '@/lib/runtime/test-postgres';

import { waitForHealth } from './lighthouse-app';

/**
 * `npm run bench:load [-- --seconds 60 --db sqlite|postgres|both --connections 50]`: how one
 * InvokeDeck server behaves when 50 operators browse and launch at once. Per database it builds
 * (or reuses) a production build in .next-load, creates 50 operator accounts with the app's own
 * password hashing, starts the server as `npm start -- --no-build` does (sandbox mode, its own
 * port and temp DATA_DIR; PostgreSQL in a throwaway schema), signs every operator in through
 * the real sign-in action, then drives it with autocannon: one connection per operator, each
 * cycling through ten requests (the launch page, the commands and instances the form loads,
 * the quota, one launch through the real server action, three polls of that launch with
 * `since`, the invocations list). Baseline: GET /api/health at the same concurrency, measured
 * in the same process. Afterwards it reads the database to see whether every launch was
 * recorded and how fast the engine sent the batches, and reports any warning the server logged.
 * Not a *.bench.ts: `npm run bench` does not run it (it takes minutes and starts servers).
 */

const ROOT = join(__dirname, '..');
const REGION = 'cn-shanghai';
const COMMAND_NAME = 'rotate-logs.sh';
const DIST_DIR = '.next-load';
const BASELINE_SECONDS = 10;
const DRAIN_SECONDS = 30;
const QUIET_TIMEOUT_S = 60;
/**
 * Requests sent in a phase's first seconds, while its 50 connections are being opened, are
 * reported apart: a busy Node server accepts one new connection per event-loop turn, so the
 * last of 50 opened at once waits for dozens of turns before its first request is even read.
 */
const RAMP_MS = 2_000;
const REQUEST_TIMEOUT_S = 10;
/** A launch whose batch waits longer than this to go out, under load, means the engine fell behind. */
const SEND_LAG_LIMIT_MS = 10_000;

type DbKind = 'sqlite' | 'postgres';

/** The request kinds of one operator's cycle, in order: ten requests, one of them a launch. */
const CYCLE = ['invokePage', 'commands', 'instances', 'quota', 'launch', 'launchPoll', 'launchPoll', 'invocationsPage', 'instances', 'launchPoll'] as const;
type Kind = (typeof CYCLE)[number];

const KIND_LABEL: Record<Kind, string> = {
  invokePage: 'GET /invoke (page)',
  commands: 'GET /api/ecs/commands',
  instances: 'GET /api/ecs/instances (paged)',
  quota: 'GET /api/quota',
  launch: 'POST launchCommand (action)',
  launchPoll: 'GET /api/launches/<id>?since',
  invocationsPage: 'GET /invocations (page)',
};

interface Operator {
  username: string;
  password: string;
  cookie: string;
  /** The launch this operator watches: the one it made last. */
  launchId: string;
  seq: number;
}

interface ActionRef {
  id: string;
  pageUrl: string;
}

interface KindTally {
  samples: number[];
  statuses: Map<number, number>;
  timeouts: number;
  /** A 2xx answer that says `ok: false` (a launch refused, a route's failure), by code. */
  refused: Map<string, { count: number; example: string }>;
}

interface Stats {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

interface LoadOutcome {
  db: DbKind;
  baseline: { result: autocannon.Result; stats: Stats; ramp: Stats };
  mix: { result: autocannon.Result; stats: Stats; ramp: Stats; byKind: Map<Kind, KindTally> };
  launches: { posted: number; answeredOk: number; refused: number; recorded: number };
  batches: { atEnd: Record<string, number>; atDrain: Record<string, number>; drainedAfterS: number | null; sendLag: Stats | null; pickLag: Stats | null; sendStep: Stats | null };
  sandboxInvokeCalls: number | null;
  serverLog: { problems: Map<string, { count: number; example: string }> };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { seconds: { type: 'string', default: '60' }, db: { type: 'string', default: 'both' }, connections: { type: 'string', default: '50' } },
  });
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  if (!Number.isInteger(seconds) || seconds < 1) throw new Error('--seconds must be a whole number of seconds');
  if (!Number.isInteger(connections) || connections < 1 || connections > 500) throw new Error('--connections must be from 1 to 500');
  const dbs: DbKind[] = values.db === 'both' ? ['sqlite', 'postgres'] : values.db === 'sqlite' || values.db === 'postgres' ? [values.db] : [];
  if (dbs.length === 0) throw new Error('--db must be sqlite, postgres or both');

  // Interrupted: stop the server, drop the schema, remove the temp folder, then go.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      setTimeout(() => process.exit(130), 15_000).unref();
      void Promise.allSettled([...interrupts].map((abort) => abort())).then(() => process.exit(130));
    });
  }
  process.env.NEXT_DIST_DIR = DIST_DIR;
  // Also when the build fails: buildIfStale exits the process then.
  process.once('exit', forgetBuildTypes);
  buildIfStale(ROOT);
  forgetBuildTypes();

  const outcomes: LoadOutcome[] = [];
  for (const db of dbs) {
    console.info(`\n━━ ${db === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: ${connections} operators, ${seconds} s ━━`);
    const outcome = await runOn(db, { seconds, connections });
    printOutcome(outcome, seconds, connections);
    outcomes.push(outcome);
  }
  if (outcomes.length > 1) printComparison(outcomes);
  const loud = outcomes.some(hasProblems);
  if (loud) {
    console.info('\n!! The run found problems (marked !! above).');
    process.exitCode = 1;
  }
}

/**
 * `next build` adds its folder's generated types to tsconfig.json's include; this folder is
 * the benchmark's scratch build, which the type check must not depend on.
 */
function forgetBuildTypes(): void {
  const file = join(ROOT, 'tsconfig.json');
  const config = JSON.parse(readFileSync(file, 'utf8')) as { include?: string[] };
  const include = config.include?.filter((entry) => !entry.startsWith(`${DIST_DIR}/`));
  if (include && include.length !== config.include?.length) writeFileSync(file, `${JSON.stringify({ ...config, include }, null, 2)}\n`);
}

// ─── one database ───

/** How to abandon the run in progress, when the benchmark is interrupted. */
const interrupts = new Set<() => Promise<void>>();

async function runOn(db: DbKind, options: { seconds: number; connections: number }): Promise<LoadOutcome> {
  const dataDir = mkdtempSync(join(tmpdir(), `invokedeck-load-${db}-`));
  const cleanups: (() => Promise<void>)[] = [async () => rmSync(dataDir, { recursive: true, force: true })];
  let server: ChildProcess | undefined;
  // On an interrupted run too: no server left running, no temp folder left behind.
  const onExit = () => {
    killGroup(server);
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  const abort = async () => {
    killGroup(server);
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
  };
  interrupts.add(abort);
  try {
    let databaseUrl: string | undefined;
    if (db === 'postgres') {
      const postgres = await ensureTestPostgres();
      cleanups.unshift(() => postgres.stop());
      const schema = `load_${process.pid}_${randomBytes(3).toString('hex')}`;
      await withPg(postgres.url, (client) => client.query(`CREATE SCHEMA ${schema}`));
      cleanups.unshift(() => withPg(postgres.url, (client) => client.query(`DROP SCHEMA ${schema} CASCADE`)).then(() => undefined));
      const url = new URL(postgres.url);
      url.searchParams.set('options', `-c search_path=${schema}`);
      databaseUrl = url.toString();
      console.info(`PostgreSQL: ${postgres.description}, schema ${schema} (${redactUrl(postgres.url)})`);
    }
    const dbConfig = databaseUrl ? ({ kind: 'postgres', url: databaseUrl } as const) : ({ kind: 'sqlite', file: join(dataDir, 'invokedeck.db') } as const);

    const operators = await createOperators(dbConfig, options.connections);
    const [port, sandboxPort] = [await freePort(), await freePort()];
    const controlToken = randomBytes(24).toString('base64url');
    const logFile = join(dataDir, 'server.log');
    server = startServer({ port, sandboxPort, controlToken, dataDir, databaseUrl, logFile });
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(base, server, logFile);

    const actions = readActions();
    const signIn = actions('signIn', 'login/actions.ts');
    const launchAction = actions('launchCommand', 'invoke/actions.ts');
    for (const operator of operators) operator.cookie = await signInOver(base, signIn, operator);
    const first = operators[0];
    if (!first) throw new Error('no operators');
    const { command, eligible } = await discover(base, first.cookie);
    console.info(`Signed in ${operators.length} operators; ${COMMAND_NAME} is ${command.commandId}; ${eligible.length} eligible Linux instances in ${REGION}.`);

    const draftFor = (instanceIds: string[]): InvokeDraft => ({
      regionId: REGION,
      commandId: command.commandId,
      instanceIds,
      repeatMode: 'Once',
      frequency: '',
      parameters: initialParameters(command),
      username: '',
      windowsPasswordName: '',
    });
    const pickInstances = () => {
      const chosen = new Set<string>();
      const wanted = randomInt(1, 6);
      while (chosen.size < wanted) chosen.add(eligible[randomInt(eligible.length)] ?? '');
      return [...chosen];
    };

    // Warm-up, and a launch per operator to watch from the first poll on.
    await inBatches(operators, 10, async (operator) => {
      for (const path of ['/invoke?region=' + REGION, '/invocations']) await fetch(base + path, { headers: { Cookie: operator.cookie } }).then((r) => r.text());
      const answer = await postAction(base, launchAction, operator.cookie, [{ launchId: randomUUID(), draft: draftFor(pickInstances()) }]);
      if (!answer.ok) throw new Error(`The warm-up launch was refused: ${answer.code}: ${answer.message}`);
      operator.launchId = (answer.data as { launchId: string }).launchId;
    });

    // A phase that starts while the engine still sends and watches the warm-up launches measures
    // that catch-up (50 connections opened at once then wait seconds to be accepted on SQLite).
    const quiet = await waitForQuietEngine(dbConfig);
    console.info(quiet.busy === 0 ? `The engine sent and saw through the warm-up launches in ${quiet.seconds.toFixed(1)} s.` : `!! The engine still had ${quiet.busy} warm-up batches to send or watch after ${quiet.seconds.toFixed(0)} s.`);
    console.info(`Baseline: GET /api/health, ${options.connections} connections, ${BASELINE_SECONDS} s…`);
    const baseline = await runBaseline(base, options.connections);

    console.info(`Mix: ${options.connections} operators, ${options.seconds} s…`);
    const mixStart = new Date();
    const mix = await runMix({ base, operators, seconds: options.seconds, launchAction, body: () => JSON.stringify([{ launchId: randomUUID(), draft: draftFor(pickInstances()) }]) });
    const mixEnd = Date.now();

    console.info(`Letting the engine catch up for ${DRAIN_SECONDS} s…`);
    const batches = await watchBatches(dbConfig, mixStart, mixEnd);
    const recorded = await countLaunches(dbConfig, mixStart);
    const sandboxInvokeCalls = await sandboxQuota(sandboxPort, controlToken);
    return {
      db,
      baseline,
      mix: { result: mix.result, stats: mix.stats, ramp: mix.ramp, byKind: mix.byKind },
      launches: { posted: mix.launchesPosted, answeredOk: mix.launchesOk, refused: mix.launchesRefused, recorded },
      batches,
      sandboxInvokeCalls,
      serverLog: { problems: serverLogProblems(logFile) },
    };
  } finally {
    await stopGroup(server);
    process.off('exit', onExit);
    interrupts.delete(abort);
    for (const cleanup of cleanups) await cleanup().catch((error: unknown) => console.error(`cleanup: ${error instanceof Error ? error.message : String(error)}`));
  }
}

/** The app's data layer, loaded only under the react-server condition (it is server-only). */
async function appDb(config: DbConfig) {
  const { openDb, migrate } = await import('@/lib/db/client');
  const db = openDb(config);
  return { db, migrate: () => migrate(db) };
}

/** Operator accounts made with the app's own hashing and insert, before the server starts. */
async function createOperators(config: DbConfig, count: number): Promise<Operator[]> {
  const { hashPassword } = await import('@/lib/auth/password');
  const { insertUser } = await import('@/lib/db/users');
  const { db, migrate } = await appDb(config);
  try {
    await migrate();
    const operators = Array.from({ length: count }, (_, index) => {
      const number = String(index + 1).padStart(3, '0');
      return { username: `load-op-${number}`, password: `load-operator-password-${number}`, cookie: '', launchId: '', seq: 0 };
    });
    await inBatches(operators, 4, async (operator) => {
      await insertUser(db, { username: operator.username, displayName: `Load operator ${operator.username.slice(-3)}`, passwordHash: await hashPassword(operator.password), role: 'operator' });
    });
    return operators;
  } finally {
    await db.destroy();
  }
}

function startServer(options: { port: number; sandboxPort: number; controlToken: string; dataDir: string; databaseUrl: string | undefined; logFile: string }): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(options.port),
    HOST: '127.0.0.1',
    DATA_DIR: options.dataDir,
    NEXT_DIST_DIR: DIST_DIR,
    INVOKEDECK_MODE: 'sandbox',
    SANDBOX_PORT: String(options.sandboxPort),
    SANDBOX_CONTROL_TOKEN: options.controlToken,
    // The app's own quota (5,000 calls a day, lib/invoke/limits.ts) is not configurable; the sandbox's is.
    SANDBOX_DAILY_QUOTA: '100000000',
    LOG_LEVEL: 'warn',
  };
  // Sandbox mode always: no Alibaba credentials of the caller's, no database of theirs.
  for (const key of Object.keys(env)) if (key.startsWith('ALIBABA_CLOUD_') || key === 'NODE_OPTIONS' || key === 'DATABASE_URL') delete env[key];
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  const log = createWriteStream(options.logFile, { flags: 'a' });
  // Its own process group: the launcher, the sandbox and the server die together.
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'lib/runtime/start.ts', '--no-build'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

function killGroup(child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** SIGTERM to the whole group, SIGKILL if it is still there after 10 s. */
async function stopGroup(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  killGroup(child, 'SIGTERM');
  const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000).unref());
  if ((await Promise.race([exited, timer])) === 'timeout') killGroup(child, 'SIGKILL');
  // The server's own children (Next's workers) are in the group too: make sure none stays.
  killGroup(child, 'SIGKILL');
}

// ─── talking to the app ───

/** Server actions as the build registered them (as e2e/endpoints.ts reads them). */
function readActions(): (name: string, fileSuffix: string) => ActionRef {
  const manifest = JSON.parse(readFileSync(join(ROOT, DIST_DIR, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return (name, fileSuffix) => {
    const entry = Object.entries(manifest.node).find(([, value]) => value.exportedName === name && value.filename.endsWith(fileSuffix));
    if (!entry) throw new Error(`${name} (${fileSuffix}) is not in the build's server-reference manifest`);
    const [id, value] = entry;
    const page = Object.keys(value.workers).find((worker) => worker.endsWith(fileSuffix.replace('actions.ts', 'page'))) ?? Object.keys(value.workers)[0] ?? 'app/page';
    const path = page.split('/').slice(1, -1).filter((segment) => !/^\(.*\)$/.test(segment));
    return { id, pageUrl: `/${path.join('/')}` };
  };
}

function actionHeaders(base: string, action: ActionRef, cookie: string | null): Record<string, string> {
  return {
    'Next-Action': action.id,
    Accept: 'text/x-component',
    'Content-Type': 'text/plain;charset=UTF-8',
    Origin: base,
    ...(cookie ? { Cookie: cookie } : {}),
  };
}

type Answer = { ok: true; data: unknown } | { ok: false; code: string; message: string };

/** The action's typed result from the RSC answer (the line that holds `{"ok":…}`). */
function actionAnswer(body: string): Answer | null {
  const line = body.split('\n').find((text) => /^\d+:\{"ok":/.test(text));
  return line ? (JSON.parse(line.slice(line.indexOf(':') + 1)) as Answer) : null;
}

async function postAction(base: string, action: ActionRef, cookie: string | null, args: unknown[]): Promise<Answer & { setCookie: string[] }> {
  const response = await fetch(base + action.pageUrl, { method: 'POST', headers: actionHeaders(base, action, cookie), body: JSON.stringify(args), redirect: 'manual' });
  const body = await response.text();
  const answer = actionAnswer(body) ?? { ok: false, code: `HTTP ${response.status}`, message: body.slice(0, 200) };
  return { ...answer, setCookie: response.headers.getSetCookie() };
}

/** The real sign-in, one at a time: attempts are counted per address before the password is checked. */
async function signInOver(base: string, signIn: ActionRef, operator: Operator): Promise<string> {
  const answer = await postAction(base, signIn, null, [{ username: operator.username, password: operator.password }]);
  const cookie = answer.setCookie.map((header) => header.split(';')[0] ?? '').find((pair) => pair.startsWith('invokedeck_session='));
  if (!answer.ok || !cookie) throw new Error(`Sign-in of ${operator.username} failed: ${answer.ok ? 'no session cookie' : `${answer.code}: ${answer.message}`}`);
  return cookie;
}

async function getData<T>(base: string, path: string, cookie: string): Promise<T> {
  const response = await fetch(base + path, { headers: { Cookie: cookie } });
  const body = (await response.json()) as { ok: boolean; data?: T; message?: string };
  if (!response.ok || !body.ok || body.data === undefined) throw new Error(`GET ${path}: ${response.status} ${body.message ?? ''}`);
  return body.data;
}

/** The seeded command and the instances that can run it, through the app's own API. */
async function discover(base: string, cookie: string): Promise<{ command: InvokeCommandInfo; eligible: string[] }> {
  const { commands } = await getData<{ commands: InvokeCommandInfo[] }>(base, `/api/ecs/commands?region=${REGION}`, cookie);
  const command = commands.find((candidate) => candidate.name === COMMAND_NAME);
  if (!command) throw new Error(`The sandbox's seed changed: no ${COMMAND_NAME} in ${REGION}`);
  const eligible: string[] = [];
  let token: string | null = null;
  do {
    const page: { instances: PickerInstance[]; nextToken: string | null } = await getData(base, `/api/ecs/instances?region=${REGION}${token ? `&nextToken=${encodeURIComponent(token)}` : ''}`, cookie);
    eligible.push(...page.instances.filter((instance) => eligibility(instance, command).eligible).map((instance) => instance.instanceId));
    token = page.nextToken;
  } while (token);
  if (eligible.length < 5) throw new Error(`Only ${eligible.length} eligible instances for ${COMMAND_NAME}`);
  return { command, eligible };
}

async function sandboxQuota(port: number, token: string): Promise<number | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/_sandbox/quota`, { headers: { Authorization: `Bearer ${token}` } });
    const answer = (await response.json()) as { used?: Record<string, number> };
    return answer.used?.[REGION] ?? null;
  } catch {
    return null;
  }
}

// ─── load ───

/** An autocannon run: the instance (for its events) and its result. */
function cannon(options: autocannon.Options): { instance: autocannon.Instance; done: Promise<autocannon.Result> } {
  let instance: autocannon.Instance | undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(options, (error: unknown, result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result)));
  });
  if (!instance) throw new Error('autocannon did not start');
  return { instance, done };
}

function statsOf(samples: number[]): Stats {
  const sorted = Float64Array.from(samples).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
  return { count: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0 };
}

async function runBaseline(base: string, connections: number): Promise<{ result: autocannon.Result; stats: Stats; ramp: Stats }> {
  const samples: number[] = [];
  const ramp: number[] = [];
  const started = Date.now();
  const { instance, done } = cannon({ url: base, connections, duration: BASELINE_SECONDS, timeout: REQUEST_TIMEOUT_S, requests: [{ method: 'GET', path: '/api/health' }] });
  instance.on('response', (_client, _status, _bytes, time) => (Date.now() - time - started < RAMP_MS ? ramp : samples).push(time));
  const result = await done;
  return { result, stats: statsOf(samples), ramp: statsOf(ramp) };
}

async function runMix(options: {
  base: string;
  operators: Operator[];
  seconds: number;
  launchAction: ActionRef;
  body: () => string;
}): Promise<{ result: autocannon.Result; stats: Stats; ramp: Stats; byKind: Map<Kind, KindTally>; launchesPosted: number; launchesOk: number; launchesRefused: number }> {
  const { base, operators, launchAction } = options;
  const byKind = new Map<Kind, KindTally>(CYCLE.map((kind) => [kind, { samples: [], statuses: new Map(), timeouts: 0, refused: new Map() }]));
  const all: number[] = [];
  const ramp: number[] = [];
  const started = Date.now();
  const counters = { launchesPosted: 0, launchesOk: 0, launchesRefused: 0 };
  let next = 0;

  const refuse = (tally: KindTally, code: string, example: string) => {
    const entry = tally.refused.get(code) ?? { count: 0, example };
    entry.count++;
    tally.refused.set(code, entry);
  };

  const setupClient = (client: autocannon.Client) => {
    const index = next++;
    const operator = operators[index % operators.length] as Operator;
    // Each operator starts at another point of the cycle, so the first second is not 50 page renders at once.
    const cycle = CYCLE.map((_, step) => CYCLE[(index + step) % CYCLE.length] as Kind);
    // What this connection has in flight (pipelining 1: one at a time), and what its answer said.
    let inFlight: Kind = cycle[0] as Kind;
    let instancesToken: string | null = null;
    const headers = { Cookie: operator.cookie, 'User-Agent': 'invokedeck-load' };
    const pathOf: Record<Exclude<Kind, 'launch'>, () => string> = {
      invokePage: () => `/invoke?region=${REGION}`,
      commands: () => `/api/ecs/commands?region=${REGION}`,
      instances: () => `/api/ecs/instances?region=${REGION}${instancesToken ? `&nextToken=${encodeURIComponent(instancesToken)}` : ''}`,
      quota: () => `/api/quota?region=${REGION}`,
      launchPoll: () => `/api/launches/${operator.launchId}?since=${operator.seq}`,
      invocationsPage: () => '/invocations',
    };

    const requests: autocannon.Request[] = cycle.map((kind) => ({
      setupRequest: (request: autocannon.Request) => {
        inFlight = kind;
        if (kind !== 'launch') return { ...request, method: 'GET', path: pathOf[kind](), headers };
        counters.launchesPosted++;
        return { ...request, method: 'POST', path: launchAction.pageUrl, headers: { ...headers, ...actionHeaders(base, launchAction, operator.cookie) }, body: options.body() };
      },
      onResponse: (status: number, body: string) => {
        const tally = byKind.get(kind) as KindTally;
        if (status < 200 || status >= 300) return;
        if (kind === 'invokePage' || kind === 'invocationsPage') return;
        if (kind === 'launch') {
          const answer = actionAnswer(body);
          if (answer?.ok) {
            counters.launchesOk++;
            operator.launchId = (answer.data as { launchId: string }).launchId;
            operator.seq = 0;
          } else {
            counters.launchesRefused++;
            refuse(tally, answer ? answer.code : 'no result in the answer', answer && !answer.ok ? answer.message : body.slice(0, 200));
          }
          return;
        }
        let answer: { ok: boolean; data?: { seq?: number; nextToken?: string | null }; code?: string; message?: string };
        try {
          answer = JSON.parse(body) as typeof answer;
        } catch {
          return refuse(tally, 'not JSON', body.slice(0, 200));
        }
        if (!answer.ok) return refuse(tally, answer.code ?? '?', answer.message ?? '');
        if (kind === 'launchPoll' && typeof answer.data?.seq === 'number') operator.seq = answer.data.seq;
        if (kind === 'instances') instancesToken = answer.data?.nextToken ?? null;
      },
    }));
    client.setRequests(requests);
    client.on('response', (status: number, _bytes: number, time: number) => {
      const tally = byKind.get(inFlight) as KindTally;
      if (Date.now() - time - started < RAMP_MS) ramp.push(time);
      else {
        tally.samples.push(time);
        all.push(time);
      }
      tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);
    });
    // Undeclared in the types, but emitted by autocannon's client when a request gets no answer in time.
    const emitter: NodeJS.EventEmitter = client;
    emitter.on('timeout', () => (byKind.get(inFlight) as KindTally).timeouts++);
  };

  const { done } = cannon({
    url: base,
    connections: operators.length,
    duration: options.seconds,
    timeout: REQUEST_TIMEOUT_S,
    setupClient,
    // Replaced per connection by setupClient before anything is sent.
    requests: [{ method: 'GET', path: '/api/health' }],
  });
  const result = await done;
  return { result, stats: statsOf(all), ramp: statsOf(ramp), byKind, ...counters };
}

// ─── after the load: the database ───

async function countLaunches(config: DbConfig, since: Date): Promise<number> {
  const { db } = await appDb(config);
  try {
    const row = await db.selectFrom('launches').select((eb) => eb.fn.countAll().as('n')).where('created_at', '>=', since.toISOString()).executeTakeFirstOrThrow();
    return Number(row.n);
  } finally {
    await db.destroy();
  }
}

/** Wait (at most QUIET_TIMEOUT_S) until no batch is waiting to be sent or for its invocation to finish. */
async function waitForQuietEngine(config: DbConfig): Promise<{ busy: number; seconds: number }> {
  const { db } = await appDb(config);
  const started = Date.now();
  try {
    for (;;) {
      const row = await db
        .selectFrom('launch_batches')
        .select((eb) => eb.fn.countAll().as('n'))
        .where((eb) => eb.or([eb('status', '=', 'pending'), eb('observe_at', 'is not', null)]))
        .executeTakeFirstOrThrow();
      const busy = Number(row.n);
      const seconds = (Date.now() - started) / 1000;
      if (busy === 0 || seconds > QUIET_TIMEOUT_S) return { busy, seconds };
      await sleep(500);
    }
  } finally {
    await db.destroy();
  }
}

/** Batches of the launches made under load, by status, from the load's end until DRAIN_SECONDS after it. */
async function watchBatches(config: DbConfig, since: Date, loadEnd: number): Promise<LoadOutcome['batches']> {
  const { db } = await appDb(config);
  const byStatus = async () => {
    const rows = await db
      .selectFrom('launch_batches')
      .innerJoin('launches', 'launches.id', 'launch_batches.launch_id')
      .select(['launch_batches.status as status', (eb) => eb.fn.countAll().as('n')])
      .where('launches.created_at', '>=', since.toISOString())
      .groupBy('launch_batches.status')
      .execute();
    return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
  };
  try {
    const atEnd = await byStatus();
    let atDrain = atEnd;
    let drainedAfterS: number | null = null;
    while (Date.now() - loadEnd < DRAIN_SECONDS * 1000) {
      atDrain = await byStatus();
      if (!atDrain.pending) {
        drainedAfterS ??= (Date.now() - loadEnd) / 1000;
      }
      await sleep(500);
    }
    atDrain = await byStatus();
    const sent = await db
      .selectFrom('launch_batches')
      .innerJoin('launches', 'launches.id', 'launch_batches.launch_id')
      .select(['launches.created_at as createdAt', 'launch_batches.checked_at as checkedAt', 'launch_batches.sent_at as sentAt'])
      .where('launches.created_at', '>=', since.toISOString())
      .where('launch_batches.sent_at', 'is not', null)
      .execute();
    const lag = (from: (row: (typeof sent)[number]) => string | null, to: (row: (typeof sent)[number]) => string | null) => {
      const lags = sent.filter((row) => from(row) && to(row)).map((row) => Date.parse(to(row) ?? '') - Date.parse(from(row) ?? ''));
      return lags.length ? statsOf(lags) : null;
    };
    return {
      atEnd,
      atDrain,
      drainedAfterS,
      sendLag: lag((row) => row.createdAt, (row) => row.sentAt),
      // Until a dispatcher picked the batch up and checked its instances, then the InvokeCommand and its record.
      pickLag: lag((row) => row.createdAt, (row) => row.checkedAt),
      sendStep: lag((row) => row.checkedAt, (row) => row.sentAt),
    };
  } finally {
    await db.destroy();
  }
}

/** Warnings and errors the server logged (LOG_LEVEL=warn), grouped by message. */
function serverLogProblems(file: string): Map<string, { count: number; example: string }> {
  const problems = new Map<string, { count: number; example: string }>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let key: string | null = null;
    try {
      const entry = JSON.parse(line) as { level?: string; message?: string };
      if (entry.level === 'warn' || entry.level === 'error') key = `${entry.level}: ${entry.message ?? ''}`;
    } catch {
      // Not one of our JSON lines: Next's or Node's own output. Start-up lines are expected.
      if (/error|warn|SQLITE|busy|locked|ECONN|timeout/i.test(line) && !/^\s*(ECS sandbox|control endpoints|InvokeDeck \()/.test(line)) key = `text: ${line.slice(0, 120)}`;
    }
    if (!key) continue;
    const entry = problems.get(key) ?? { count: 0, example: line.slice(0, 600) };
    entry.count++;
    problems.set(key, entry);
  }
  return problems;
}

// ─── report ───

const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const ratio = (value: number, of: number) => (of > 0 ? `${(value / of).toFixed(1)}×` : 'n/a');

function hasProblems(outcome: LoadOutcome): boolean {
  const { mix, launches, batches, serverLog } = outcome;
  const unexpected = [...mix.byKind.values()].some((tally) => [...tally.statuses.keys()].some((status) => status < 200 || status >= 300) || tally.timeouts > 0 || tally.refused.size > 0);
  const behind = (batches.sendLag?.p99 ?? 0) > SEND_LAG_LIMIT_MS;
  return unexpected || behind || mix.result.errors > 0 || outcome.baseline.result.non2xx > 0 || launches.refused > 0 || launches.recorded < launches.answeredOk || (batches.atDrain.pending ?? 0) > 0 || (batches.atDrain.failed ?? 0) > 0 || serverLog.problems.size > 0;
}

function printOutcome(outcome: LoadOutcome, seconds: number, connections: number): void {
  const { baseline, mix, launches, batches } = outcome;
  const b = baseline.stats;
  const m = mix.stats;
  console.info(`\n${outcome.db === 'sqlite' ? 'SQLite' : 'PostgreSQL'} — ${connections} operators, ${seconds} s`);
  console.info(`  latencies of requests sent after each phase's first ${RAMP_MS / 1000} s (its connection ramp, shown apart)`);
  console.info(`  baseline  GET /api/health, ${BASELINE_SECONDS} s: ${baseline.result.requests.average.toFixed(0)} req/s, p50 ${ms(b.p50)}, p99 ${ms(b.p99)}, max ${ms(b.max)}; non-2xx ${baseline.result.non2xx}, errors ${baseline.result.errors} (timeouts ${baseline.result.timeouts})`);
  console.info(`            ramp: ${baseline.ramp.count} requests, p50 ${ms(baseline.ramp.p50)}, max ${ms(baseline.ramp.max)}`);
  console.info(`  mix       ${mix.result.requests.total} requests: ${mix.result.requests.average.toFixed(0)} req/s, p50 ${ms(m.p50)}, p99 ${ms(m.p99)}, max ${ms(m.max)}; non-2xx ${mix.result.non2xx}, errors ${mix.result.errors} (timeouts ${mix.result.timeouts})`);
  console.info(`            ramp: ${mix.ramp.count} requests, p50 ${ms(mix.ramp.p50)}, max ${ms(mix.ramp.max)}`);
  if (baseline.result.non2xx || baseline.result.errors) console.info(`  !! the baseline itself had ${baseline.result.non2xx} non-2xx answers and ${baseline.result.errors} errors`);
  console.info(`  ratio     p50 ${ratio(m.p50, b.p50)} baseline, p99 ${ratio(m.p99, b.p99)} baseline`);
  console.info(`  by request type (${REQUEST_TIMEOUT_S} s timeout):`);
  console.info(`    ${'request'.padEnd(32)} ${'count'.padStart(7)} ${'p50'.padStart(9)} ${'p99'.padStart(9)} ${'max'.padStart(9)}  p50 vs baseline`);
  for (const kind of new Set(CYCLE)) {
    const tally = mix.byKind.get(kind) as KindTally;
    const stats = statsOf(tally.samples);
    console.info(`    ${KIND_LABEL[kind].padEnd(32)} ${String(stats.count).padStart(7)} ${ms(stats.p50).padStart(9)} ${ms(stats.p99).padStart(9)} ${ms(stats.max).padStart(9)}  ${ratio(stats.p50, b.p50)}`);
    for (const [status, count] of tally.statuses) if (status < 200 || status >= 300) console.info(`    !! ${count} × HTTP ${status} on ${KIND_LABEL[kind]}`);
    if (tally.timeouts) console.info(`    !! ${tally.timeouts} timeouts (no answer in ${REQUEST_TIMEOUT_S} s) on ${KIND_LABEL[kind]}`);
    for (const [code, entry] of tally.refused) console.info(`    !! ${entry.count} × ok:false ${code} on ${KIND_LABEL[kind]}: ${entry.example}`);
  }
  if (mix.result.errors > mix.result.timeouts) console.info(`  !! ${mix.result.errors - mix.result.timeouts} connection errors`);
  const unanswered = launches.posted - launches.answeredOk - launches.refused;
  console.info(`  launches  posted ${launches.posted}, answered ok ${launches.answeredOk}, refused ${launches.refused}, unanswered ${unanswered} (in flight when the load stopped, or timed out); recorded in the database ${launches.recorded}`);
  if (launches.recorded < launches.answeredOk) console.info(`  !! ${launches.answeredOk - launches.recorded} launches answered ok are not in the database`);
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);
  const show = (counts: Record<string, number>) => Object.entries(counts).map(([status, n]) => `${status} ${n}`).join(', ') || 'none';
  console.info(`  batches   ${total(batches.atDrain)} in all; at the end of the load: ${show(batches.atEnd)}; ${DRAIN_SECONDS} s later: ${show(batches.atDrain)}`);
  console.info(`            ${batches.drainedAfterS === null ? `!! still ${batches.atDrain.pending ?? 0} pending ${DRAIN_SECONDS} s after the load` : `none pending ${batches.drainedAfterS.toFixed(1)} s after the load`}`);
  if ((batches.atDrain.failed ?? 0) > 0) console.info(`  !! ${batches.atDrain.failed} batches failed`);
  const lagLine = (label: string, stats: Stats | null) => stats && console.info(`            ${label.padEnd(34)} p50 ${ms(stats.p50)}, p99 ${ms(stats.p99)}, max ${ms(stats.max)}`);
  lagLine('recorded → sent:', batches.sendLag);
  if (batches.sendLag && batches.sendLag.p99 > SEND_LAG_LIMIT_MS) {
    console.info(`  !! the engine fell behind: 1 batch in 100 waited over ${ms(batches.sendLag.p99)} to be sent (limit ${SEND_LAG_LIMIT_MS / 1000} s); ${batches.atEnd.pending ?? 0} were still pending when the load stopped`);
  }
  lagLine('  recorded → picked up and checked:', batches.pickLag);
  lagLine('  checked → sent:', batches.sendStep);
  if (outcome.sandboxInvokeCalls !== null) console.info(`  sandbox   InvokeCommand calls today in ${REGION}: ${outcome.sandboxInvokeCalls} (warm-up launches included)`);
  if (outcome.serverLog.problems.size === 0) console.info('  server log: no warnings or errors');
  for (const [key, entry] of outcome.serverLog.problems) console.info(`  !! server log ${entry.count} × ${key}\n       e.g. ${entry.example}`);
}

function printComparison(outcomes: LoadOutcome[]): void {
  console.info('\nSide by side');
  console.info(`  ${''.padEnd(32)} ${outcomes.map((outcome) => outcome.db.padStart(22)).join('')}`);
  const row = (label: string, value: (outcome: LoadOutcome) => string) => console.info(`  ${label.padEnd(32)} ${outcomes.map((outcome) => value(outcome).padStart(22)).join('')}`);
  row('health baseline req/s', (o) => o.baseline.result.requests.average.toFixed(0));
  row('mix req/s', (o) => o.mix.result.requests.average.toFixed(0));
  row('mix p50 / p99', (o) => `${ms(o.mix.stats.p50)} / ${ms(o.mix.stats.p99)}`);
  for (const kind of new Set(CYCLE)) {
    row(`  ${KIND_LABEL[kind]}`, (o) => {
      const stats = statsOf((o.mix.byKind.get(kind) as KindTally).samples);
      return `${ms(stats.p50)} / ${ms(stats.p99)}`;
    });
  }
  row('non-2xx / errors', (o) => `${o.mix.result.non2xx} / ${o.mix.result.errors}`);
  row('launches ok / recorded', (o) => `${o.launches.answeredOk} / ${o.launches.recorded}`);
  row('batches pending at load end', (o) => `${o.batches.atEnd.pending ?? 0} of ${Object.values(o.batches.atEnd).reduce((sum, n) => sum + n, 0)}`);
  row('recorded → sent p50 / max', (o) => (o.batches.sendLag ? `${ms(o.batches.sendLag.p50)} / ${ms(o.batches.sendLag.max)}` : 'n/a'));
  row(`pending ${DRAIN_SECONDS} s after`, (o) => String(o.batches.atDrain.pending ?? 0));
}

// ─── small helpers ───

async function withPg<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += size) await Promise.all(items.slice(start, start + size).map(fn));
}

function sleep(msToWait: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, msToWait));
}


// ─── entry: re-run under the react-server condition, as npm start and npm run bench do ───

if (process.execArgv.includes('--conditions=react-server')) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  });
} else {
  // `tsx bench/load.ts` has no react-server condition, and the app's modules (import
  // 'server-only') refuse to load without it.
  const child = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', __filename, ...process.argv.slice(2)], { stdio: 'inherit', cwd: ROOT });
  process.exit(child.status ?? 1);
}
