import 'server-only';

import { type RunningSandbox, type SandboxOptions, startSandbox } from '@/lib/ecs-sandbox/server';

import { createEcsClient, type EcsClient } from './client';
import type { EcsClientOptions, EcsLogger } from './options';

/**
 * For the integration tests: the real sandbox in-process on a free port, our client talking
 * to it over HTTP through the official SDK, a logger and a sleep that record instead of
 * printing and waiting.
 */

export interface LogLine {
  level: keyof EcsLogger;
  message: string;
  fields: Record<string, unknown>;
}

export interface RequestLogEntry {
  seq: number;
  action: string;
  code: string;
  status: number;
  requestId: string;
  /** How the request was signed: v3 (ACS3-HMAC-SHA256) or v2 (HMAC-SHA1). */
  signature: 'v2' | 'v3' | 'none';
  /** As sent, except `Parameters`, whose values the sandbox masks (read them with DescribeInvocations). */
  params: Record<string, string>;
}

export interface TestSandbox {
  sandbox: RunningSandbox;
  /** A client on the sandbox; each call of this makes a fresh one with its own recorders. */
  client(options?: Partial<EcsClientOptions>): EcsClient;
  /** Every log line of every client made here. */
  logs: LogLine[];
  /** Every wait between attempts, in ms. */
  waits: number[];
  /** Runs during the next wait only (e.g. to lift a fault before the retry). */
  onNextWait(run: () => Promise<void>): void;
  control<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  /** Sets the sandbox's faults (lib/ecs-sandbox/control/faults.ts syntax). */
  faults(config: Record<string, unknown>): Promise<void>;
  /** The calls the sandbox received since the last `forget()`, oldest first. */
  requests(action?: string): Promise<RequestLogEntry[]>;
  forget(): Promise<void>;
  close(): Promise<void>;
}

export async function startTestSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  const sandbox = await startSandbox({ port: 0, clock: 'manual', ...options });
  const logs: LogLine[] = [];
  const waits: number[] = [];
  let pendingWait: (() => Promise<void>) | null = null;
  const record =
    (level: keyof EcsLogger) =>
    (message: string, fields?: Record<string, unknown>): void => {
      logs.push({ level, message, fields: fields ?? {} });
    };
  const logger: EcsLogger = { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };
  const control = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const authorization = `Bearer ${sandbox.controlToken}`;
    const response = await fetch(`${sandbox.url}${path}`, {
      method,
      headers: body === undefined ? { authorization } : { authorization, 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const json = (await response.json()) as T;
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${JSON.stringify(json)}`);
    return json;
  };
  return {
    sandbox,
    logs,
    waits,
    client: (overrides = {}) =>
      createEcsClient({
        endpoint: sandbox.url,
        credentials: { accessKeyId: sandbox.accessKeyId, accessKeySecret: sandbox.accessKeySecret },
        connectTimeoutMs: 2_000,
        readTimeoutMs: 5_000,
        maxAttempts: 4,
        logger,
        random: () => 0.5,
        sleep: async (ms) => {
          waits.push(ms);
          const run = pendingWait;
          pendingWait = null;
          await run?.();
        },
        ...overrides,
      }),
    onNextWait: (run) => {
      pendingWait = run;
    },
    control,
    faults: async (config) => {
      await control('PUT', '/_sandbox/faults', config);
    },
    requests: async (action) => {
      const query = action ? `?action=${encodeURIComponent(action)}` : '';
      return (await control<{ requests: RequestLogEntry[] }>('GET', `/_sandbox/requests${query}`)).requests;
    },
    forget: async () => {
      await control('DELETE', '/_sandbox/requests');
      waits.length = 0;
      logs.length = 0;
    },
    close: () => sandbox.close(),
  };
}

/** The seeded fleet's running env=prod role=web instances of `region`, sorted by name: what the launch tests target. */
export async function prodWebFleet(client: EcsClient, region: string): Promise<{ instanceId: string; name: string }[]> {
  const fleet: { instanceId: string; name: string }[] = [];
  let nextToken: string | null = null;
  do {
    const page = await client.describeInstancesPage(region, { tags: [{ key: 'env', value: 'prod' }, { key: 'role', value: 'web' }], status: 'Running', maxResults: 100, ...(nextToken ? { nextToken } : {}) });
    fleet.push(...page.items.map((item) => ({ instanceId: item.instanceId, name: item.name })));
    nextToken = page.nextToken;
  } while (nextToken);
  return fleet.sort((a, b) => a.name.localeCompare(b.name));
}
