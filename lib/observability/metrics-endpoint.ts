import 'server-only';

import { createHash, timingSafeEqual } from 'node:crypto';

import { logger } from '@/lib/logger';

import { exposition, setLaunchFigures } from './metrics';

const NO_STORE = { 'Cache-Control': 'no-store' };

export interface MetricsEndpointDeps {
  /** METRICS_TOKEN; unset, the endpoint does not exist. */
  token: string | undefined;
  /** The cluster-wide figures from the database; a failure leaves them out, the rest is still served. */
  readFigures: () => Promise<Parameters<typeof setLaunchFigures>[0]>;
}

/**
 * GET /api/metrics: Prometheus's text format for a scraper holding the bearer token. Without a
 * token configured it is a 404 (nothing to find); with a wrong or missing one, 401.
 */
export async function metricsResponse(request: Request, deps: MetricsEndpointDeps): Promise<Response> {
  if (!deps.token) return new Response('Not found\n', { status: 404, headers: NO_STORE });
  if (!bearerMatches(request.headers.get('authorization'), deps.token)) {
    return new Response('A bearer token (METRICS_TOKEN) is required.\n', { status: 401, headers: { ...NO_STORE, 'WWW-Authenticate': 'Bearer realm="metrics"' } });
  }
  try {
    setLaunchFigures(await deps.readFigures());
  } catch (error) {
    logger.warn('metrics: the database figures were not read', { error: error instanceof Error ? error.message : String(error) });
  }
  const { body, contentType } = await exposition();
  return new Response(body, { status: 200, headers: { ...NO_STORE, 'Content-Type': contentType } });
}

/** Compared as digests in constant time: neither the token nor its length leaks through timing. */
function bearerMatches(header: string | null, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1]), digest(token));
}
