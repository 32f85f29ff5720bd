import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import pg from 'pg';

import { ensureTestPostgres, type TestPostgres } from '../lib/runtime/test-postgres';

import { E2E } from './env';

/**
 * Two InvokeDeck replicas (`npm start`'s launcher, served from the suite's build) on one
 * PostgreSQL schema, sharing one sandbox through ECS_ENDPOINT: what docker-compose.yml runs.
 */
const ROOT = join(__dirname, '..');

export const REPLICAS = {
  ports: [E2E.port + 2, E2E.port + 3] as const,
  sandboxPort: E2E.sandboxPort + 2,
  dataDir: join(ROOT, `.e2e-replicas-${E2E.port}`),
  admin: { username: 'admin', password: 'replicas-admin-password' },
  sandboxKeys: { accessKeyId: 'replicas-sandbox-key', accessKeySecret: 'replicas-sandbox-secret' },
  controlToken: 'replicas-sandbox-control-token',
  url: (index: 0 | 1) => `http://127.0.0.1:${REPLICAS.ports[index]}`,
  get sandboxUrl() {
    return `http://127.0.0.1:${this.sandboxPort}`;
  },
} as const;

export interface ReplicaSet {
  /** Kill replica `index` the hard way: SIGKILL to its whole process group, no shutdown of any kind. */
  kill(index: 0 | 1): void;
  stop(): Promise<void>;
}

function start(name: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const log = createWriteStream(join(REPLICAS.dataDir, `${name}.log`), { flags: 'a' });
  // Its own process group: the launcher and the server it starts die together.
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await fetch(url).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export async function startReplicas(): Promise<ReplicaSet> {
  rmSync(REPLICAS.dataDir, { recursive: true, force: true });
  mkdirSync(REPLICAS.dataDir, { recursive: true });
  const postgres: TestPostgres = await ensureTestPostgres();
  const schema = `replicas_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const databaseUrl = new URL(postgres.url);
  databaseUrl.searchParams.set('options', `-c search_path=${schema}`);

  const { NODE_OPTIONS: _options, ...base } = process.env;
  const sandbox = start('sandbox', ['--import', 'tsx', 'lib/ecs-sandbox/cli.ts'], {
    ...base,
    SANDBOX_PORT: String(REPLICAS.sandboxPort),
    SANDBOX_DATA_DIR: ':memory:',
    SANDBOX_ACCESS_KEY_ID: REPLICAS.sandboxKeys.accessKeyId,
    SANDBOX_ACCESS_KEY_SECRET: REPLICAS.sandboxKeys.accessKeySecret,
    SANDBOX_CONTROL_TOKEN: REPLICAS.controlToken,
  });
  await waitFor(`${REPLICAS.sandboxUrl}/_sandbox/health`, 60_000);
  const secretKey = randomBytes(32).toString('base64');
  const replicas = REPLICAS.ports.map((port, index) =>
    start(`replica-${index}`, ['--conditions=react-server', '--import', 'tsx', 'lib/runtime/start.ts', '--no-build'], {
      ...base,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: join(REPLICAS.dataDir, `replica-${index}`),
      // The suite's build, already made: a replica serves it as it is.
      NEXT_DIST_DIR: E2E.distDir,
      DATABASE_URL: databaseUrl.toString(),
      INVOKEDECK_MODE: 'sandbox',
      ECS_ENDPOINT: REPLICAS.sandboxUrl,
      SANDBOX_ACCESS_KEY_ID: REPLICAS.sandboxKeys.accessKeyId,
      SANDBOX_ACCESS_KEY_SECRET: REPLICAS.sandboxKeys.accessKeySecret,
      INVOKEDECK_SECRET_KEY: secretKey,
      INVOKEDECK_ADMIN_USERNAME: REPLICAS.admin.username,
      INVOKEDECK_ADMIN_PASSWORD: REPLICAS.admin.password,
      DISPATCH_LEASE_SECONDS: '4',
      LOG_LEVEL: 'warn',
    }),
  );
  const killGroup = (child: ChildProcess) => {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  };
  try {
    await Promise.all(REPLICAS.ports.map((_, index) => waitFor(`${REPLICAS.url(index as 0 | 1)}/api/health`, 300_000)));
  } catch (error) {
    // Nothing must keep these ports: a later run would talk to a stale replica on another schema.
    for (const child of [...replicas, sandbox]) killGroup(child);
    throw error;
  }
  return {
    kill: (index) => killGroup(replicas[index] as ChildProcess),
    stop: async () => {
      for (const child of [...replicas, sandbox]) killGroup(child);
      const cleanup = new pg.Client({ connectionString: postgres.url });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleanup.end();
      await postgres.stop();
    },
  };
}
