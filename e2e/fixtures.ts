import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import EcsModule, * as $Ecs from '@alicloud/ecs20140526';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { type APIRequestContext, expect, test as base } from '@playwright/test';

import type { FaultRule } from '../lib/ecs-sandbox/control/faults';

import { axeAfterTest } from './a11y';
import { callServerAction, listServerActions } from './endpoints';
import { E2E } from './env';
import { LaunchPage } from './pages/launch-page';

/**
 * Shared fixtures: a client for the sandbox's control endpoints and for the signed API calls
 * they do not offer (CreateCommand, DeleteCommand), and the launch form's page object.
 */

/**
 * The one key pair the suite's sandbox accepts. playwright.config.ts hands it to the launcher
 * (SANDBOX_ACCESS_KEY_ID / SANDBOX_ACCESS_KEY_SECRET), so the specs can sign API calls too.
 * The sandbox answers loopback callers only; these keys open nothing else.
 */
export const SANDBOX_KEYS = {
  accessKeyId: process.env.E2E_SANDBOX_ACCESS_KEY_ID ?? 'e2e-sandbox-access-key',
  accessKeySecret: process.env.E2E_SANDBOX_ACCESS_KEY_SECRET ?? 'e2e-sandbox-access-key-secret',
} as const;

export const REGION = 'cn-shanghai';

/** One call in the sandbox's request log. */
export interface SandboxRequest {
  seq: number;
  action: string;
  code: string;
  status: number;
  /** As sent, except `Parameters`, whose values the sandbox masks: read them with `invocationParameters`. */
  params: Record<string, string>;
}

/** The sandbox's own fault rule (its README, Fault injection). */
export type { FaultRule };

export interface NewCommand {
  name: string;
  type: 'RunShellScript' | 'RunPowerShellScript' | 'RunBatScript';
  content: string;
  enableParameter?: boolean;
  timeout?: number;
}

type EcsClass = typeof EcsModule;

/** The SDK is CommonJS: depending on the loader the class is the module or its `.default`. */
function ecsClass(): EcsClass {
  const candidate = EcsModule as unknown as { default?: unknown };
  return (typeof candidate.default === 'function' ? candidate.default : EcsModule) as EcsClass;
}

/** The InstanceId.N values of a logged InvokeCommand call. */
export function instanceIdsOf(request: SandboxRequest): string[] {
  return Object.entries(request.params)
    .filter(([key]) => /^InstanceId\.\d+$/.test(key))
    .map(([, value]) => value);
}

/**
 * The suite's sandbox, driven the way a test would: its unsigned control endpoints (request
 * log, faults, power, release) with the suite's control token and, signed with the suite's
 * keys, the official SDK.
 */
export class Sandbox {
  private sdk: InstanceType<EcsClass> | null = null;
  private holding = false;

  constructor(private readonly api: APIRequestContext) {}

  async control<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const response = await this.api.fetch(`${E2E.sandboxUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${E2E.sandboxControlToken}` },
      ...(body !== undefined ? { data: body } : {}),
    });
    const json = (await response.json()) as T;
    expect(response.ok(), `${method} ${path}: ${JSON.stringify(json)}`).toBe(true);
    return json;
  }

  /**
   * Where the request log stands now. Specs count calls after their mark instead of emptying
   * the log, which would wipe what a spec running beside them is counting.
   */
  async mark(): Promise<number> {
    return (await this.control<{ lastSeq: number }>('GET', '/_sandbox/requests?limit=1')).lastSeq;
  }

  /**
   * InvokeCommand calls since `mark`, narrowed to those of one launch (its ClientTokens are
   * `<launchId>-b<batch>`), of a command, or touching any of some instances.
   */
  async invokeCommands(since: number, filter: { launchId?: string; commandId?: string; instanceIds?: readonly string[] } = {}): Promise<SandboxRequest[]> {
    const requests = await this.requests(since, 'InvokeCommand');
    const wanted = filter.instanceIds ? new Set(filter.instanceIds) : null;
    return requests.filter(
      (entry) =>
        (!filter.launchId || (entry.params.ClientToken ?? '').startsWith(`${filter.launchId}-b`)) &&
        (!filter.commandId || entry.params.CommandId === filter.commandId) &&
        (!wanted || instanceIdsOf(entry).some((instanceId) => wanted.has(instanceId))),
    );
  }

  /** Every call of one action since `mark`, from this spec or any other. */
  async requests(since: number, action: string): Promise<SandboxRequest[]> {
    return (await this.control<{ requests: SandboxRequest[] }>('GET', `/_sandbox/requests?action=${action}&since=${since}`)).requests;
  }

  async instance(instanceId: string): Promise<{ instanceId: string; instanceName: string; status: string }> {
    return this.control('GET', `/_sandbox/instances/${instanceId}`);
  }

  async power(instanceId: string, action: 'start' | 'stop' | 'reboot'): Promise<void> {
    await this.control('POST', `/_sandbox/instances/${instanceId}/power`, { action });
  }

  async release(instanceId: string): Promise<void> {
    await this.control('POST', `/_sandbox/instances/${instanceId}/release`, {});
  }

  async faults(config: Record<string, FaultRule>): Promise<void> {
    await this.control('POST', '/_sandbox/faults', config);
  }

  async currentFaults(): Promise<Record<string, FaultRule>> {
    return (await this.control<{ faults: Record<string, FaultRule> }>('GET', '/_sandbox/faults')).faults;
  }

  /**
   * Run `body` while the sandbox answers with `faults`, then put back the rules that were
   * there before. Other launches of this suite wait meanwhile (see `serialised`).
   */
  async withFaults<T>(config: Record<string, FaultRule>, body: () => Promise<T>): Promise<T> {
    return this.serialised(async () => {
      const before = await this.currentFaults();
      await this.faults({ ...before, ...config });
      try {
        return await body();
      } finally {
        await this.faults(before);
      }
    });
  }

  /**
   * Sandbox faults are global: while one spec injects them, a launch from a spec in another
   * worker would get them too. Launches and fault windows therefore take turns, through a lock
   * directory shared by the workers of this suite (keyed by the sandbox port).
   */
  readonly serialised = async <T>(body: () => Promise<T>): Promise<T> => {
    // Re-entrant within a test: a launch inside withFaults already holds the lock.
    if (this.holding) return body();
    const lock = join(tmpdir(), `invokedeck-e2e-sandbox-${E2E.sandboxPort}.lock`);
    const deadline = Date.now() + 120_000;
    for (;;) {
      try {
        await mkdir(lock);
        await writeFile(join(lock, 'pid'), String(process.pid));
        break;
      } catch {
        const holder = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => 'NaN'));
        if (Number.isInteger(holder) && !isAlive(holder)) await rm(lock, { recursive: true, force: true });
        if (Date.now() > deadline) throw new Error(`The sandbox lock ${lock} was held for two minutes.`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    this.holding = true;
    try {
      return await body();
    } finally {
      this.holding = false;
      await rm(lock, { recursive: true, force: true });
    }
  };

  async createCommand(command: NewCommand): Promise<string> {
    const created = await this.client().createCommand(
      new $Ecs.CreateCommandRequest({
        regionId: REGION,
        name: command.name,
        type: command.type,
        contentEncoding: 'PlainText',
        commandContent: command.content,
        enableParameter: command.enableParameter ?? false,
        timeout: command.timeout ?? 60,
      }),
    );
    const commandId = created.body?.commandId;
    if (!commandId) throw new Error(`CreateCommand returned no CommandId for ${command.name}`);
    return commandId;
  }

  /** An invocation's custom parameters as Alibaba's DescribeInvocations returns them (the request log masks them). */
  async invocationParameters(invokeId: string): Promise<Record<string, string>> {
    const response = await this.client().describeInvocations(new $Ecs.DescribeInvocationsRequest({ regionId: REGION, invokeId }));
    const found = response.body?.invocations?.invocation?.[0];
    if (!found) throw new Error(`DescribeInvocations found no ${invokeId}`);
    return JSON.parse(found.parameters ?? '{}') as Record<string, string>;
  }

  async deleteCommand(commandId: string): Promise<void> {
    await this.client().deleteCommand(new $Ecs.DeleteCommandRequest({ regionId: REGION, commandId }));
  }

  /** Tag instances the way an operator would in the console or the CLI (TagResources). */
  async tagInstances(instanceIds: readonly string[], tags: Record<string, string>): Promise<void> {
    await this.client().tagResources(
      new $Ecs.TagResourcesRequest({
        regionId: REGION,
        resourceType: 'instance',
        resourceId: [...instanceIds],
        tag: Object.entries(tags).map(([key, value]) => new $Ecs.TagResourcesRequestTag({ key, value })),
      }),
    );
  }

  private client(): InstanceType<EcsClass> {
    const Ecs = ecsClass();
    this.sdk ??= new Ecs(
      new $OpenApiUtil.Config({
        ...SANDBOX_KEYS,
        regionId: REGION,
        endpoint: `127.0.0.1:${E2E.sandboxPort}`,
        protocol: 'http',
        connectTimeout: 5_000,
        readTimeout: 15_000,
      }),
    );
    return this.sdk;
  }
}

/** What the launch form sends to the `launchCommand` server action. */
export interface LaunchDraft {
  regionId: string;
  commandId: string;
  instanceIds: string[];
  repeatMode: 'Once' | 'Period' | 'NextRebootOnly' | 'EveryReboot';
  frequency: string;
  parameters: { name: string; value: string; secret: boolean }[];
  username: string;
  windowsPasswordName: string;
  timeout?: number;
  workingDir?: string;
}

export type ActionAnswer =
  | { ok: true; data: unknown }
  | { ok: false; code: string; status: number; message: string; fieldErrors?: Record<string, string[]> };

/**
 * The app as a signed-in account sees it over HTTP: its JSON routes for commands and
 * instances, and the launch server action called the way the browser calls it.
 */
export class AppApi {
  constructor(readonly request: APIRequestContext) {}

  async commandId(name: string): Promise<string> {
    const response = await this.request.get(`/api/ecs/commands?region=${REGION}`);
    const body = (await response.json()) as { ok: boolean; data: { commands: { commandId: string; name: string }[] } };
    const found = body.data.commands.find((command) => command.name === name);
    if (!found) throw new Error(`No command ${name} in ${REGION}`);
    return found.commandId;
  }

  /** Every instance of the region as the picker gets them: name, ID, status. */
  async instances(): Promise<{ instanceId: string; name: string; status: string }[]> {
    const all: { instanceId: string; name: string; status: string }[] = [];
    let token = '';
    do {
      const response = await this.request.get(`/api/ecs/instances?region=${REGION}${token ? `&nextToken=${encodeURIComponent(token)}` : ''}`);
      const body = (await response.json()) as { data: { instances: { instanceId: string; name: string; status: string }[]; nextToken: string | null } };
      all.push(...body.data.instances);
      token = body.data.nextToken ?? '';
    } while (token);
    return all;
  }

  async instanceIds(...names: string[]): Promise<string[]> {
    const byName = new Map((await this.instances()).map((instance) => [instance.name, instance.instanceId]));
    return names.map((name) => {
      const id = byName.get(name);
      if (!id) throw new Error(`No instance named ${name} in ${REGION}`);
      return id;
    });
  }

  /** A launch as our records have it: its send status and each batch's status and InvokeId. */
  async launchResult(launchId: string): Promise<{ sendStatus: string; batches: { status: string; invokeId: string | null }[] }> {
    const response = await this.request.get(`/api/launches/${launchId}?instances=0`);
    return ((await response.json()) as { data: { sendStatus: string; batches: { status: string; invokeId: string | null }[] } }).data;
  }

  /** Wait until the server has sent (or given up on) every batch of a launch. */
  async sentLaunch(launchId: string): Promise<{ sendStatus: string; batches: { status: string; invokeId: string | null }[] }> {
    let result = await this.launchResult(launchId);
    for (let tries = 0; tries < 120 && (result.sendStatus === 'queued' || result.sendStatus === 'sending'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      result = await this.launchResult(launchId);
    }
    return result;
  }

  /** Call `launchCommand` directly, as a script that skips the form would. */
  async launch(draft: LaunchDraft): Promise<{ status: number; answer: ActionAnswer }> {
    const action = listServerActions().find((entry) => entry.name === 'launchCommand' && entry.file.endsWith('invoke/actions.ts'));
    if (!action) throw new Error('launchCommand is not in the build');
    const { status, result } = await callServerAction(this.request, action, [{ launchId: crypto.randomUUID(), draft }]);
    return { status, answer: result as ActionAnswer };
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** E2E_AXE=each: axe on the page every passing test ends on (see axeAfterTest for why it is off by default). */
const axed = process.env.E2E_AXE === 'each' ? (base.extend<{ axeAfterTest: void }>({ axeAfterTest: [axeAfterTest, { auto: true }] }) as unknown as typeof base) : base;

export const test = axed.extend<{ sandbox: Sandbox; launchPage: LaunchPage; operatorApi: AppApi; viewerApi: AppApi }>({
  sandbox: async ({ playwright }, provide) => {
    const api = await playwright.request.newContext();
    await provide(new Sandbox(api));
    await api.dispose();
  },
  launchPage: async ({ page, sandbox }, provide) => {
    await provide(new LaunchPage(page, { aroundLaunch: sandbox.serialised }));
  },
  operatorApi: async ({ playwright }, provide) => {
    const request = await playwright.request.newContext({ baseURL: E2E.baseUrl, storageState: E2E.storage.operator });
    await provide(new AppApi(request));
    await request.dispose();
  },
  viewerApi: async ({ playwright }, provide) => {
    const request = await playwright.request.newContext({ baseURL: E2E.baseUrl, storageState: E2E.storage.viewer });
    await provide(new AppApi(request));
    await request.dispose();
  },
});

export { expect };
