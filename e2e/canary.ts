import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { E2E } from './env';

/**
 * A second InvokeDeck for the canary test: built and run in live mode with unique canary
 * credentials (key ID, secret, STS token), pointed through ECS_ENDPOINT at a sandbox that
 * accepts exactly those, so every secret the server holds has a value we can search for.
 */
export const CANARY = {
  accessKeyId: 'LTAI5tCanaryKeyId7Q2xW9pZ',
  accessKeySecret: 'CanarySecret0f1e2d3c4b5a69788796a5b4',
  securityToken: 'CanaryStsToken.9e8d7c6b5a4f3e2d1c0b',
  /** A secret parameter's value typed into the form. */
  parameter: 'canary-registry-token-5d41402abc4b',
} as const;

const ROOT = join(__dirname, '..');
const port = E2E.port + 1;
const sandboxPort = E2E.sandboxPort + 1;

export const CANARY_APP = {
  port,
  baseUrl: `http://127.0.0.1:${port}`,
  sandboxUrl: `http://127.0.0.1:${sandboxPort}`,
  sandboxControlToken: 'canary-sandbox-control-token-0001',
  dataDir: join(ROOT, `.e2e-canary-${port}`),
  distDir: `.next-e2e-canary-${port}`,
  admin: { username: 'admin', password: 'canary-admin-password-1' },
  get logFile() {
    return join(this.dataDir, 'server.log');
  },
} as const;

function start(args: string[], env: NodeJS.ProcessEnv, log: string): ChildProcess {
  const out = createWriteStream(log, { flags: 'a' });
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  return child;
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Start the canary sandbox and app (building it with the canary environment); resolves when both answer. */
export async function startCanaryApp(options: { trustedProxies?: string } = {}): Promise<{ stop(): Promise<void> }> {
  rmSync(CANARY_APP.dataDir, { recursive: true, force: true });
  mkdirSync(CANARY_APP.dataDir, { recursive: true });
  const { NODE_OPTIONS: _options, ...base } = process.env;
  const sandbox = start(
    ['--import', 'tsx', 'lib/ecs-sandbox/cli.ts'],
    {
      ...base,
      SANDBOX_PORT: String(sandboxPort),
      SANDBOX_DATA_DIR: ':memory:',
      SANDBOX_ACCESS_KEY_ID: CANARY.accessKeyId,
      SANDBOX_ACCESS_KEY_SECRET: CANARY.accessKeySecret,
      SANDBOX_SECURITY_TOKEN: CANARY.securityToken,
      SANDBOX_CONTROL_TOKEN: CANARY_APP.sandboxControlToken,
    },
    join(CANARY_APP.dataDir, 'sandbox.log'),
  );
  await waitFor(`${CANARY_APP.sandboxUrl}/_sandbox/health`, sandbox, 60_000);
  const app = start(
    ['--conditions=react-server', '--import', 'tsx', 'lib/runtime/start.ts'],
    {
      ...base,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: CANARY_APP.dataDir,
      NEXT_DIST_DIR: CANARY_APP.distDir,
      INVOKEDECK_MODE: 'live',
      INVOKEDECK_ADMIN_USERNAME: CANARY_APP.admin.username,
      INVOKEDECK_ADMIN_PASSWORD: CANARY_APP.admin.password,
      ALIBABA_CLOUD_ACCESS_KEY_ID: CANARY.accessKeyId,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: CANARY.accessKeySecret,
      ALIBABA_CLOUD_SECURITY_TOKEN: CANARY.securityToken,
      ECS_ENDPOINT: CANARY_APP.sandboxUrl,
      ECS_REGIONS: 'cn-shanghai,cn-beijing',
      // Every line the server can write, successful ECS reads included.
      LOG_LEVEL: 'debug',
      ...(options.trustedProxies ? { TRUSTED_PROXIES: options.trustedProxies } : {}),
    },
    CANARY_APP.logFile,
  );
  // A cold build on two busy cores takes minutes.
  await waitFor(`${CANARY_APP.baseUrl}/api/health`, app, 600_000);
  return {
    stop: async () => {
      for (const child of [app, sandbox]) {
        if (child.exitCode !== null) continue;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      }
    },
  };
}

/** Every file under `dir`, for searching built output byte by byte. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Which of the canaries `text` contains (searched as is and URL-encoded). */
export function canariesIn(text: string): string[] {
  return Object.entries(CANARY).flatMap(([name, value]) => (text.includes(value) || text.includes(encodeURIComponent(value)) ? [name] : []));
}

export function readAll(path: string): string {
  return existsSync(path) ? readFileSync(path).toString('latin1') : '';
}
