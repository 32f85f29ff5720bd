import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import pg from 'pg';

import { freePort } from '@/lib/runtime/free-port';
import { ensureTestPostgres, redactUrl } from '@/lib/runtime/test-postgres';

import { postAction, readActions, waitForHealth } from './lighthouse-app';

/**
 * What the ECS calls bench runs on: one ECS sandbox and two app replicas sharing it and one
 * database (a PostgreSQL schema of its own when PostgreSQL answers, else one SQLite file both
 * open), as docker-compose.yml and e2e/replicas.ts run them; an admin signed in on the first.
 */

const ROOT = join(__dirname, '..');

export interface Cluster {
  replicas: string[];
  /** The `invokedeck_session=…` pair: sessions live in the shared database, so it works on both. */
  cookie: string;
  database: string;
  metricsToken: string;
  /** The sandbox's control API (its request log). */
  control<T>(path: string): Promise<T>;
  stop(): Promise<void>;
}

function start(name: string, dir: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const log = createWriteStream(join(dir, `${name}.log`), { flags: 'a' });
  // Its own process group: the launcher and Next's workers stop with it.
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

function killGroup(child: ChildProcess): void {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** A PostgreSQL schema of our own, or null when none answers (then SQLite). */
async function postgresSchema(): Promise<{ url: string; label: string; drop: () => Promise<void> } | null> {
  try {
    const postgres = await ensureTestPostgres();
    const schema = `ecs_calls_${process.pid}_${randomBytes(3).toString('hex')}`;
    const admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const url = new URL(postgres.url);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return {
      url: url.toString(),
      label: `PostgreSQL (${redactUrl(postgres.url)}, schema ${schema})`,
      drop: async () => {
        const cleanup = new pg.Client({ connectionString: postgres.url });
        await cleanup.connect();
        await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
        await cleanup.end();
        await postgres.stop();
      },
    };
  } catch {
    return null;
  }
}

export async function startCluster(options: { dataDir: string; distDir: string; env?: Record<string, string> }): Promise<Cluster> {
  const { dataDir, distDir } = options;
  mkdirSync(dataDir, { recursive: true });
  const postgres = await postgresSchema();
  const [sandboxPort, ...ports] = [await freePort(), await freePort(), await freePort()];
  const keys = { SANDBOX_ACCESS_KEY_ID: 'ecs-calls-bench-key', SANDBOX_ACCESS_KEY_SECRET: randomBytes(18).toString('base64url') };
  const controlToken = randomBytes(24).toString('base64url');
  const metricsToken = randomBytes(24).toString('base64url');
  const admin = { username: 'bench-admin', password: randomBytes(18).toString('base64url') };
  const base: NodeJS.ProcessEnv = { ...process.env };
  // Sandbox mode always: none of the caller's Alibaba credentials or database.
  for (const key of Object.keys(base)) if (key.startsWith('ALIBABA_CLOUD_') || key === 'NODE_OPTIONS' || key === 'DATABASE_URL') delete base[key];
  const children: ChildProcess[] = [];
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  const stop = async () => {
    for (const child of children) killGroup(child);
    await postgres?.drop().catch(() => undefined);
  };
  try {
    children.push(start('sandbox', dataDir, ['--import', 'tsx', 'lib/ecs-sandbox/cli.ts'], { ...base, ...keys, SANDBOX_PORT: String(sandboxPort), SANDBOX_DATA_DIR: ':memory:', SANDBOX_CONTROL_TOKEN: controlToken }));
    const secretKey = randomBytes(32).toString('base64');
    const replicas = ports.map((port) => `http://127.0.0.1:${port}`);
    ports.forEach((port, index) => {
      children.push(
        start(`replica-${index}`, dataDir, ['--conditions=react-server', '--import', 'tsx', 'lib/runtime/start.ts', '--no-build'], {
          ...base,
          ...keys,
          ...options.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          // The same folder: on SQLite both replicas open the one database file in it.
          DATA_DIR: join(dataDir, 'data'),
          NEXT_DIST_DIR: distDir,
          ...(postgres ? { DATABASE_URL: postgres.url } : {}),
          INVOKEDECK_MODE: 'sandbox',
          ECS_ENDPOINT: sandboxUrl,
          INVOKEDECK_SECRET_KEY: secretKey,
          INVOKEDECK_ADMIN_USERNAME: admin.username,
          INVOKEDECK_ADMIN_PASSWORD: admin.password,
          METRICS_TOKEN: metricsToken,
          LOG_LEVEL: 'warn',
        }),
      );
    });
    for (const [index, url] of replicas.entries()) await waitForHealth(url, children[index + 1] as ChildProcess, join(dataDir, `replica-${index}.log`));
    const first = replicas[0] ?? '';
    const answer = await postAction(first, readActions(distDir)('signIn', 'login/actions.ts'), null, [admin]);
    const cookie = answer.setCookie.map((header) => header.split(';')[0] ?? '').find((pair) => pair.startsWith('invokedeck_session='));
    if (!answer.ok || !cookie) throw new Error(`Sign-in failed: ${answer.ok ? 'no session cookie' : answer.message}`);
    const control = async <T>(path: string): Promise<T> => {
      const response = await fetch(sandboxUrl + path, { headers: { Authorization: `Bearer ${controlToken}` } });
      if (!response.ok) throw new Error(`sandbox ${path}: ${response.status}`);
      return (await response.json()) as T;
    };
    return { replicas, cookie, metricsToken, control, stop, database: postgres?.label ?? 'SQLite (one file, both replicas)' };
  } catch (error) {
    await stop();
    throw error;
  }
}
