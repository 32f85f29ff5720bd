import { getDb } from '@/lib/db';
import { readLaunchFigures } from '@/lib/db/observability';
import { getEnv } from '@/lib/env';
import { metricsResponse } from '@/lib/observability/metrics-endpoint';

/** Prometheus metrics for a scraper with METRICS_TOKEN as its bearer token (no session: scrapers have none). */
export async function GET(request: Request): Promise<Response> {
  return metricsResponse(request, { token: getEnv().METRICS_TOKEN, readFigures: async () => readLaunchFigures(await getDb(), new Date()) });
}

export const dynamic = 'force-dynamic';
