import 'server-only';

import { headers } from 'next/headers';

import { EDGE_KEY_ENV } from '@/lib/http/forwarded';
import { logger } from '@/lib/logger';

import { currentContext } from './context';
import { observeEndpoint } from './metrics';
import { requestIdOf } from './request-id';

/** Identifiers worth a log line: they link a request to what it touched (a launch's later ECS calls carry its launchId). */
const ID_KEYS = ['launchId', 'invokeId', 'batchId', 'presetId', 'slug', 'commandId'] as const;

/**
 * This request's ID for a server action or route handler: the one in context (our HTTP server
 * set it), else the header our server set, else a new one (a test calling the wrapper directly).
 */
export async function requestIdForThisRequest(): Promise<string> {
  const known = currentContext().reqId;
  if (known) return known;
  try {
    const h = await headers();
    return requestIdOf((name) => h.get(name), process.env[EDGE_KEY_ENV]);
  } catch {
    return requestIdOf(() => null, undefined);
  }
}

/** The ID-like fields of an input or route params, short strings only (never a value a person typed). */
export function idsOf(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  const record = value as Record<string, unknown>;
  const ids: Record<string, string> = {};
  for (const key of ID_KEYS) {
    const id = record[key];
    if (typeof id === 'string' && id.length <= 80) ids[key] = id;
  }
  return ids;
}

/**
 * One line and one observation per action or route call. Actions are a person's clicks (info);
 * routes are polled, so a route that answered is debug and a refusal info.
 */
export function endpointFinished(
  kind: 'action' | 'route',
  endpoint: string,
  result: { ok: true } | { ok: false; code: string; status: number },
  started: number,
  ids: Record<string, string>,
): void {
  const seconds = (performance.now() - started) / 1000;
  const outcome = result.ok ? 'ok' : result.code;
  observeEndpoint(kind, endpoint, outcome, seconds);
  const level = kind === 'action' || !result.ok ? 'info' : 'debug';
  logger[level](kind, { endpoint, outcome, ...(result.ok ? {} : { status: result.status }), durationMs: Math.round(seconds * 1000), ...ids });
}
