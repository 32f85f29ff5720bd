import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import { utcDay } from '../actions/encode';
import type { SandboxRuntime } from '../runtime';
import { resetRuntime } from '../runtime';
import { parseDuration } from '../simulation/clock';
import { agentOnlineAt, isReleased, powerStateAt } from '../simulation/power';
import { seededLaunches } from '../simulation/seed-history';
import type { ParsedRequest } from '../wire/parse-request';
import { faultConfigSchema } from './faults';
import { checkControlAccess } from './guard';

class ControlError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** What a refusal adds: how to authenticate, or which methods exist (never CORS headers). */
const REFUSAL_HEADERS: Record<number, Record<string, string>> = {
  401: { 'www-authenticate': 'Bearer realm="ecs-sandbox"' },
  405: { allow: 'GET, POST, PUT, DELETE' },
};

/**
 * `/_sandbox/*`: unsigned control endpoints for tests and demos, behind a bearer token and a
 * Host check (control/guard.ts). Every answer is JSON.
 */
export async function handleControlRequest(request: ParsedRequest, res: ServerResponse, runtime: SandboxRuntime): Promise<void> {
  const refusal = checkControlAccess(request, runtime.control);
  if (refusal) {
    json(res, refusal.status, { error: refusal.message }, REFUSAL_HEADERS[refusal.status]);
    return;
  }
  try {
    const body = route(request, runtime);
    json(res, 200, body);
  } catch (error) {
    const status = error instanceof ControlError ? error.status : 400;
    json(res, status, { error: error instanceof Error ? error.message : String(error) });
  }
}

function route(request: ParsedRequest, runtime: SandboxRuntime): unknown {
  const { method, path } = request;
  const ctx = runtime.ctx;
  const key = `${method} ${path.replace(/\/+$/, '') || '/'}`;
  const query = new Map(request.query);
  switch (key) {
    case 'GET /_sandbox':
      return summary(runtime);
    case 'GET /_sandbox/health':
      return { ok: true };
    case 'POST /_sandbox/reset':
      resetRuntime(runtime);
      return { ok: true, seededAt: new Date(ctx.store.seededAt).toISOString() };
    case 'GET /_sandbox/faults':
      return { faults: runtime.faults.get() };
    case 'POST /_sandbox/faults':
    case 'PUT /_sandbox/faults': {
      const parsed = faultConfigSchema.safeParse(readJson(request));
      if (!parsed.success) throw new ControlError(400, `Invalid fault config: ${z.prettifyError(parsed.error)}`);
      runtime.faults.set(parsed.data);
      return { faults: runtime.faults.get() };
    }
    case 'DELETE /_sandbox/faults':
      runtime.faults.set({});
      return { faults: {} };
    case 'GET /_sandbox/clock':
      return clockState(runtime);
    case 'POST /_sandbox/clock':
      setClock(runtime, readJson(request));
      return clockState(runtime);
    case 'GET /_sandbox/requests': {
      const since = query.get('since');
      const limit = query.get('limit');
      return {
        lastSeq: runtime.requestLog.lastSeq,
        requests: runtime.requestLog.list({
          action: query.get('action') || undefined,
          code: query.get('code') || undefined,
          since: since ? Number(since) : undefined,
          limit: limit ? Number(limit) : undefined,
        }),
      };
    }
    case 'DELETE /_sandbox/requests':
    case 'POST /_sandbox/requests/reset':
      runtime.requestLog.clear();
      return { ok: true, lastSeq: runtime.requestLog.lastSeq };
    case 'GET /_sandbox/quota':
      return quota(runtime);
    case 'GET /_sandbox/history':
      return { seededAt: new Date(ctx.store.seededAt).toISOString(), launches: seededLaunches(ctx.store) };
    default:
      return instanceRoute(method, path, request, runtime);
  }
}

function instanceRoute(method: string, path: string, request: ParsedRequest, runtime: SandboxRuntime): unknown {
  const match = /^\/_sandbox\/instances\/([^/]+)(?:\/([a-z]+))?\/?$/.exec(path);
  if (!match) throw new ControlError(404, `No control endpoint ${method} ${path}. GET /_sandbox lists them.`);
  const { store, clock } = runtime.ctx;
  const instance = store.instances.get(match[1] ?? '');
  if (!instance) throw new ControlError(404, `No instance ${match[1]}.`);
  const now = clock.now();
  const verb = `${method} ${match[2] ?? ''}`;
  const body = method === 'POST' ? readJson(request) : {};
  if (verb === 'POST power') {
    const action = z.object({ action: z.enum(['start', 'stop', 'reboot']) }).parse(body).action;
    const status = powerStateAt(instance, now).status;
    const needed = action === 'start' ? 'Stopped' : 'Running';
    if (status !== needed) throw new ControlError(409, `${instance.instanceId} is ${status}; ${action} needs ${needed}.`);
    instance.runtime.powerOps.push({ kind: action, at: now });
  } else if (verb === 'POST release') {
    instance.runtime.releasedAt = now;
  } else if (verb === 'POST agent') {
    const change = z.object({ online: z.boolean().optional(), version: z.string().optional() }).parse(body);
    if (change.online !== undefined) {
      instance.runtime.agentEvents.push({ at: now, online: change.online });
      instance.runtime.agentEvents.sort((a, b) => a.at - b.at);
    }
    if (change.version !== undefined) instance.runtime.agentVersion = change.version;
  } else if (verb === 'POST disk') {
    const { full } = z.object({ full: z.boolean() }).parse(body);
    if (full && !instance.diskFull) throw new ControlError(409, 'Only instances seeded with a full disk can be made full again.');
    instance.runtime.diskFreedAt = full ? null : now;
    instance.runtime.diskFreedBy = null;
  } else if (verb !== 'GET ') {
    throw new ControlError(404, `No control endpoint ${method} ${path}.`);
  }
  if (method === 'POST') store.touchInstance(instance);
  return {
    ...instance,
    status: isReleased(instance, now) ? 'Released' : powerStateAt(instance, now).status,
    agentOnlineNow: agentOnlineAt(instance, now),
  };
}

function setClock(runtime: SandboxRuntime, body: unknown): void {
  const input = z
    .object({ set: z.union([z.string(), z.number()]).optional(), advance: z.union([z.string(), z.number()]).optional(), offset: z.union([z.string(), z.number()]).optional() })
    .strict()
    .parse(body);
  const clock = runtime.ctx.clock;
  if (input.set !== undefined) {
    const time = typeof input.set === 'number' ? input.set : Date.parse(input.set);
    if (Number.isNaN(time)) throw new ControlError(400, `Cannot read the time "${input.set}"; use ISO 8601.`);
    clock.set(time);
  }
  if (input.advance !== undefined) {
    const ms = parseDuration(input.advance);
    if (ms === undefined) throw new ControlError(400, `Cannot read the duration "${input.advance}"; use e.g. 90s, 5m, 2h, 1d.`);
    clock.advance(ms);
  }
  if (input.offset !== undefined) {
    const ms = parseDuration(input.offset);
    if (ms === undefined) throw new ControlError(400, `Cannot read the offset "${input.offset}".`);
    if (clock.mode === 'manual') throw new ControlError(409, 'The manual clock has no offset: use set or advance.');
    clock.setOffset(ms);
  }
  runtime.persist();
}

function clockState(runtime: SandboxRuntime) {
  const clock = runtime.ctx.clock;
  return { mode: clock.mode, now: new Date(clock.now()).toISOString(), nowMs: clock.now(), offsetMs: clock.offsetMs };
}

function quota(runtime: SandboxRuntime) {
  const { store, clock, limits } = runtime.ctx;
  const day = utcDay(clock.now());
  return {
    day,
    limit: limits.dailyInvocations,
    used: Object.fromEntries(store.regions().map((region) => [region.regionId, store.quotaUsed(region.regionId, day)])),
  };
}

function summary(runtime: SandboxRuntime) {
  const { store, limits } = runtime.ctx;
  return {
    service: 'InvokeDeck ECS sandbox (ECS 2014-05-26, Cloud Assistant)',
    accessKeyId: runtime.credentials.accessKeyId,
    clock: clockState(runtime),
    limits,
    regions: store.regions().map((region) => ({ regionId: region.regionId, cloudAssistant: region.cloudAssistant, instances: store.regionInstances(region.regionId).length })),
    commands: store.commands.size,
    invocations: store.invocations.size,
    endpoints: [
      'GET /_sandbox', 'GET /_sandbox/health', 'POST /_sandbox/reset', 'GET|POST|DELETE /_sandbox/faults', 'GET|POST /_sandbox/clock',
      'GET|DELETE /_sandbox/requests', 'GET /_sandbox/quota', 'GET /_sandbox/history', 'GET /_sandbox/instances/{id}',
      'POST /_sandbox/instances/{id}/power', 'POST /_sandbox/instances/{id}/release', 'POST /_sandbox/instances/{id}/agent', 'POST /_sandbox/instances/{id}/disk',
    ],
  };
}

function readJson(request: ParsedRequest): unknown {
  const text = request.body.toString('utf8').trim();
  if (!text) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ControlError(400, 'The body must be JSON.');
  }
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('content-type', 'application/json;charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}
