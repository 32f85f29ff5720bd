import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * What every log line written while serving a request (or sending a launch's batch) carries:
 * the request ID, and identifiers of the thing being worked on (launchId, batch). One store
 * per process, kept on globalThis: our HTTP server (lib/runtime/serve.ts, loaded by tsx) and
 * Next's bundles each get their own copy of this module, and must see the same context.
 */
export interface LogContext {
  /** Ours (x-request-id). Named apart from `requestId`, which ECS log lines use for Alibaba's RequestId. */
  reqId?: string;
  launchId?: string;
  batch?: number;
}

const holder = globalThis as unknown as { invokedeckLogContext?: AsyncLocalStorage<LogContext> };
const storage = (holder.invokedeckLogContext ??= new AsyncLocalStorage<LogContext>());

/** The header a request ID comes in on (from a trusted proxy only) and goes back out on. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** What we accept from a proxy: a load balancer's or tracing ID, never arbitrary text in our logs. */
const REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{8,128}$/;

export function isRequestId(value: string | null | undefined): value is string {
  return typeof value === 'string' && REQUEST_ID.test(value);
}

export function newRequestId(): string {
  return randomUUID();
}

export function currentContext(): LogContext {
  return storage.getStore() ?? {};
}

/** Run `work` with `fields` added to (and overriding) the current context. */
export function withContext<T>(fields: LogContext, work: () => T): T {
  return storage.run({ ...currentContext(), ...fields }, work);
}

/** Run `work` with exactly `fields`: background work that must not inherit a request's ID. */
export function withOwnContext<T>(fields: LogContext, work: () => T): T {
  return storage.run({ ...fields }, work);
}

/**
 * The request ID of this request: the one already in context (set by our HTTP server), else a
 * new one. Server actions and route handlers call this so their lines always have one.
 */
export function ensureRequestId(): string {
  return currentContext().reqId ?? newRequestId();
}
