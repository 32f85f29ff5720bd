import 'server-only';

import { type Db } from '@/lib/db/client';
import { pingDatabase } from '@/lib/db/observability';
import { type EcsClient, EcsError } from '@/lib/ecs';
import { logger } from '@/lib/logger';

/** One dependency's answer: `reason` says what failed, in words safe for a public probe. */
export interface Check {
  ok: boolean;
  reason?: string;
  durationMs: number;
}

export interface Readiness {
  ok: boolean;
  checks: { database: Check; ecs: Check };
  checkedAt: string;
}

export interface ReadinessDeps {
  db: () => Promise<Db>;
  /** A client that tries once, with short timeouts: a probe must answer before the prober gives up. */
  ecs: () => EcsClient;
  /** How long an answer is reused: probes from every load balancer cost one check per period. */
  ttlMs?: number;
  /** Longest wait for each dependency (a PostgreSQL behind a dropped route never refuses, it hangs). */
  timeoutMs?: number;
}

/**
 * Readiness: the database answers a query and ECS answers DescribeRegions (the cheapest signed
 * call: it proves the endpoint, the clock and the credentials). Checked together, cached a few
 * seconds, and one check at a time however many probes arrive.
 */
export function createReadiness(deps: ReadinessDeps): { check(): Promise<Readiness> } {
  const ttlMs = deps.ttlMs ?? 5_000;
  const timeoutMs = deps.timeoutMs ?? 3_000;
  let cached: { at: number; value: Readiness } | null = null;
  let inFlight: Promise<Readiness> | null = null;

  async function run(): Promise<Readiness> {
    const [database, ecs] = await Promise.all([
      timed(async () => pingDatabase(await deps.db()), timeoutMs, 'the database'),
      timed(async () => void (await deps.ecs().describeRegions()), timeoutMs, 'ECS'),
    ]);
    const value = { ok: database.ok && ecs.ok, checks: { database, ecs }, checkedAt: new Date().toISOString() };
    if (!value.ok) logger.warn('not ready', { database: database.reason ?? 'ok', ecs: ecs.reason ?? 'ok' });
    return value;
  }

  return {
    async check() {
      if (cached && performance.now() - cached.at < ttlMs) return cached.value;
      inFlight ??= run().then((value) => {
        cached = { at: performance.now(), value };
        inFlight = null;
        return value;
      });
      return inFlight;
    },
  };
}

async function timed(work: () => Promise<void>, timeoutMs: number, what: string): Promise<Check> {
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  const attempt = work();
  attempt.catch(() => undefined);
  try {
    await Promise.race([attempt, deadline]);
    return { ok: true, durationMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, reason: reasonOf(error, what), durationMs: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}

/** Alibaba's error code (searchable, never a secret) or a system error code; not a raw message, which may hold a URL. */
function reasonOf(error: unknown, what: string): string {
  if (error instanceof EcsError) return `${what} refused or failed: ${error.code}`;
  if (error instanceof Error && error.message.startsWith(what)) return error.message;
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null;
  return code ? `${what} failed: ${code}` : `${what} failed`;
}

/** The probe's answer: 200 when ready, 503 with the failing checks' reasons when not. */
export function readinessResponse(readiness: Readiness): Response {
  return Response.json(readiness, { status: readiness.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
