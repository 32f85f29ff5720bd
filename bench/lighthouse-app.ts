import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { type PickerInstance } from '@/components/invoke/instance-picker';
import { initialParameters, type InvokeDraft } from '@/lib/invoke/draft';
import { eligibility } from '@/lib/invoke/eligibility';
import { type InvokeCommandInfo } from '@/lib/invoke/types';
import { freePort } from '@/lib/runtime/free-port';

/**
 * The app as the Lighthouse bench needs it: a production build served by `npm start`'s
 * launcher (sandbox mode, its own port, data folder and build folder), its first admin signed
 * in through the real sign-in action, and one launch recorded through the real launch action.
 */

const ROOT = join(__dirname, '..');
const REGION = 'cn-shanghai';
const COMMAND_NAME = 'health-check.sh';
const ADMIN = 'bench-admin';

export interface RunningApp {
  base: string;
  /** The `invokedeck_session=…` pair of the signed-in admin. */
  cookie: string;
  stop: () => void;
}

/** `env` adds variables for the app's launcher, e.g. `SANDBOX_INSTANCES` (the fleet bench). */
export async function startApp(options: { dataDir: string; distDir: string; env?: Record<string, string> }): Promise<RunningApp> {
  const [port, sandboxPort] = [await freePort(), await freePort()];
  const password = randomBytes(18).toString('base64url');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: options.dataDir,
    NEXT_DIST_DIR: options.distDir,
    INVOKEDECK_MODE: 'sandbox',
    INVOKEDECK_ADMIN_USERNAME: ADMIN,
    INVOKEDECK_ADMIN_PASSWORD: password,
    SANDBOX_PORT: String(sandboxPort),
    SANDBOX_CONTROL_TOKEN: randomBytes(24).toString('base64url'),
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  // Sandbox mode always: none of the caller's Alibaba credentials or database.
  for (const key of Object.keys(env)) if (key.startsWith('ALIBABA_CLOUD_') || key === 'NODE_OPTIONS' || key === 'DATABASE_URL') delete env[key];
  const logFile = join(options.dataDir, 'server.log');
  const log = createWriteStream(logFile, { flags: 'a' });
  // Its own process group, so the launcher, the sandbox and Next's workers stop together.
  const server = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'lib/runtime/start.ts', '--no-build'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);
  const stop = () => killGroup(server);
  process.once('exit', stop);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(base, server, logFile);
    const actions = readActions(options.distDir);
    const answer = await postAction(base, actions('signIn', 'login/actions.ts'), null, [{ username: ADMIN, password }]);
    const cookie = answer.setCookie.map((header) => header.split(';')[0] ?? '').find((pair) => pair.startsWith('invokedeck_session='));
    if (!answer.ok || !cookie) throw new Error(`Sign-in failed: ${answer.ok ? 'no session cookie' : answer.message}`);
    return { base, cookie, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/** Launch the seeded health check on three eligible instances; answers the launch page's path once its batch is sent. */
export async function launchOnce(app: RunningApp, distDir: string): Promise<string> {
  const { commands } = await getData<{ commands: InvokeCommandInfo[] }>(app, `/api/ecs/commands?region=${REGION}`);
  const command = commands.find((candidate) => candidate.name === COMMAND_NAME);
  if (!command) throw new Error(`The sandbox's seed has no ${COMMAND_NAME} in ${REGION}`);
  const { instances } = await getData<{ instances: PickerInstance[] }>(app, `/api/ecs/instances?region=${REGION}`);
  const instanceIds = instances.filter((instance) => eligibility(instance, command).eligible).slice(0, 3).map((instance) => instance.instanceId);
  const draft: InvokeDraft = { regionId: REGION, commandId: command.commandId, instanceIds, repeatMode: 'Once', frequency: '', parameters: initialParameters(command), username: '', windowsPasswordName: '' };
  const launch = readActions(distDir)('launchCommand', 'invoke/actions.ts');
  const answer = await postAction(app.base, launch, app.cookie, [{ launchId: randomUUID(), draft }]);
  if (!answer.ok) throw new Error(`The launch was refused: ${answer.message}`);
  const { launchId } = answer.data as { launchId: string };
  for (let tries = 0; tries < 120; tries++) {
    const { sendStatus } = await getData<{ sendStatus: string }>(app, `/api/launches/${launchId}?instances=0`);
    if (sendStatus !== 'queued' && sendStatus !== 'sending') break;
    await sleep(250);
  }
  return `/invocations/launches/${launchId}`;
}

export interface ActionRef {
  id: string;
  pageUrl: string;
}

type Answer = ({ ok: true; data: unknown } | { ok: false; message: string }) & { setCookie: string[] };

/** Server actions as the build registered them (as e2e/endpoints.ts reads them). */
export function readActions(distDir: string): (name: string, fileSuffix: string) => ActionRef {
  const manifest = JSON.parse(readFileSync(join(ROOT, distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return (name, fileSuffix) => {
    const entry = Object.entries(manifest.node).find(([, value]) => value.exportedName === name && value.filename.endsWith(fileSuffix));
    if (!entry) throw new Error(`${name} (${fileSuffix}) is not in the build's server-reference manifest`);
    const [id, value] = entry;
    const page = Object.keys(value.workers).find((worker) => worker.endsWith(fileSuffix.replace('actions.ts', 'page'))) ?? Object.keys(value.workers)[0] ?? 'app/page';
    return { id, pageUrl: `/${page.split('/').slice(1, -1).filter((segment) => !/^\(.*\)$/.test(segment)).join('/')}` };
  };
}

export async function postAction(base: string, action: ActionRef, cookie: string | null, args: unknown[]): Promise<Answer> {
  const response = await fetch(base + action.pageUrl, {
    method: 'POST',
    headers: { 'Next-Action': action.id, Accept: 'text/x-component', 'Content-Type': 'text/plain;charset=UTF-8', Origin: base, ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify(args),
    redirect: 'manual',
  });
  const body = await response.text();
  // The action's typed result is the RSC line that holds `{"ok":…}`.
  const line = body.split('\n').find((text) => /^\d+:\{"ok":/.test(text));
  const answer = line ? (JSON.parse(line.slice(line.indexOf(':') + 1)) as { ok: true; data: unknown } | { ok: false; message: string }) : { ok: false as const, message: `HTTP ${response.status}` };
  return { ...answer, setCookie: response.headers.getSetCookie() };
}

async function getData<T>(app: RunningApp, path: string): Promise<T> {
  const response = await fetch(app.base + path, { headers: { Cookie: app.cookie } });
  const body = (await response.json()) as { ok: boolean; data?: T; message?: string };
  if (!response.ok || !body.ok || body.data === undefined) throw new Error(`GET ${path}: ${response.status} ${body.message ?? ''}`);
  return body.data;
}

/** Until the app answers /api/health; a server that exits first, or 180 s, fails with its log's tail. */
export async function waitForHealth(base: string, server: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error(`The server exited at start:\n${tail(logFile)}`);
    if (await fetch(`${base}/api/health`).then((response) => response.ok, () => false)) return;
    await sleep(300);
  }
  throw new Error(`The server did not answer /api/health within 180 s:\n${tail(logFile)}`);
}

function killGroup(child: ChildProcess): void {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

function tail(file: string): string {
  return readFileSync(file, 'utf8').trim().split('\n').slice(-20).join('\n');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
