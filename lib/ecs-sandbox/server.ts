import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';
import { handleApiRequest } from './api-handler';
import type { SandboxOptions } from './config';
import { FaultInjector } from './control/faults';
import { generateControlToken, isLoopback, MIN_CONTROL_TOKEN_LENGTH } from './control/guard';
import { handleControlRequest } from './control/routes';
import type { SandboxRuntime } from './runtime';
import { SandboxClock } from './simulation/clock';
import { findRegion, DEFAULT_REGION_ID } from './simulation/regions';
import { ScheduleOracle } from './simulation/schedule-oracle';
import { seedState } from './simulation/seed-state';
import { Persister, readState, type PersistedState } from './state/persistence';
import { redactStoreData } from './state/redact';
import { RequestLog } from './state/request-log';
import { SandboxStore } from './state/store';
import { NonceStore } from './wire/nonce-store';
import { BodyTooLargeError, readRequest } from './wire/parse-request';

export { sandboxOptionsFromEnv, type SandboxOptions } from './config';

export interface RunningSandbox {
  /** `127.0.0.1:8787`: no scheme, as the SDK's `endpoint` wants. */
  endpoint: string;
  url: string;
  port: number;
  accessKeyId: string;
  accessKeySecret: string;
  /** Bearer token of the `/_sandbox/*` control endpoints. */
  controlToken: string;
  close(): Promise<void>;
}

export const DEFAULT_SEED = 20_241_127;
/** The SDK puts CommandContent in the URL; Node's default 16 KB header limit would answer 431. */
const MAX_HEADER_BYTES = 256 * 1024;
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Start the sandbox on 127.0.0.1 (port 0 = a free one) and resolve once it listens. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  if (options.controlToken !== undefined && options.controlToken.length < MIN_CONTROL_TOKEN_LENGTH) {
    throw new Error(`The control token must be at least ${MIN_CONTROL_TOKEN_LENGTH} characters.`);
  }
  const seed = options.seed ?? DEFAULT_SEED;
  const instances = options.instances ?? findRegion(DEFAULT_REGION_ID)?.baseInstances ?? 360;
  const clock = new SandboxClock(options.clock ?? 'real');
  const store = new SandboxStore(seed, instances);
  const file = options.dataDir ? join(options.dataDir, 'state.json') : null;
  const snapshot = (): PersistedState => ({
    format: 1,
    seed,
    defaultRegionInstances: instances,
    savedAt: new Date().toISOString(),
    clock: clock.snapshot(),
    store: redactStoreData(store.toData()),
  });
  // Made first: it creates the data directory owner-only and tightens an existing one.
  const persister = file ? new Persister(file, snapshot) : null;
  const saved = file ? readState(file) : null;
  if (saved && saved.seed === seed) {
    clock.restore(saved.clock);
    store.load(saved.store);
  } else {
    seedState(store, clock.now(), options.seedHistory ?? true);
  }
  const runtime: SandboxRuntime = {
    ctx: { store, clock, limits: { ...DEFAULT_LIMITS, ...options.limits }, oracle: new ScheduleOracle() },
    credentials: {
      accessKeyId: options.accessKeyId ?? `LTAI5t${randomText(18)}`,
      accessKeySecret: options.accessKeySecret ?? randomText(30),
      securityToken: options.securityToken,
    },
    nonces: new NonceStore(),
    faults: new FaultInjector(options.faults ?? {}),
    control: {
      token: options.controlToken ?? generateControlToken(),
      allowedHosts: new Set((options.allowedHosts ?? []).map((name) => name.toLowerCase())),
      remoteCallers: false,
    },
    requestLog: new RequestLog(),
    log: options.log ?? (() => {}),
    persist: () => persister?.schedule(),
    seedHistory: options.seedHistory ?? true,
  };
  store.onChange = runtime.persist;
  // Written at every start, so a file from before parameter values were masked loses them now.
  runtime.persist();

  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    void dispatch(req, res, runtime);
  });
  // Far longer than clients keep idle sockets (Node's agent: 5 s), so the client always closes
  // an idle connection first. At 5 s both ends timed out together, and under load a request
  // could go out on a socket the server was closing (ECONNRESET within ms, seen in e2e logs).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  // Listening beyond loopback is a choice to be reached from elsewhere: then the token alone guards.
  runtime.control.remoteCallers = !isLoopback(address.address);
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const endpoint = `${host}:${address.port}`;
  runtime.log(`ECS sandbox listening on http://${endpoint}`);
  let closing: Promise<void> | null = null;
  return {
    endpoint,
    url: `http://${endpoint}`,
    port: address.port,
    accessKeyId: runtime.credentials.accessKeyId,
    accessKeySecret: runtime.credentials.accessKeySecret,
    controlToken: runtime.control.token,
    close: () => {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await persister?.flush();
      })();
      return closing;
    },
  };
}

async function dispatch(req: IncomingMessage, res: ServerResponse, runtime: SandboxRuntime): Promise<void> {
  try {
    const request = await readRequest(req, MAX_BODY_BYTES);
    if (request.path === '/_sandbox' || request.path.startsWith('/_sandbox/')) await handleControlRequest(request, res, runtime);
    else await handleApiRequest(request, res, runtime);
  } catch (error) {
    if (res.headersSent) return;
    res.statusCode = error instanceof BodyTooLargeError ? 413 : 500;
    res.end(error instanceof Error ? error.message : String(error));
  }
}

function randomText(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(length)].map((byte) => alphabet[byte % alphabet.length]).join('');
}
