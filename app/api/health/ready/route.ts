import { getReadiness } from '@/lib/observability/probes';
import { readinessResponse } from '@/lib/observability/readiness';

/**
 * Readiness: the database answers and ECS is reachable (checked at most every few seconds).
 * 503 with the failing check's reason when not. Public, like /api/health: it reveals only
 * whether each dependency answers, and an error code when one does not.
 */
export async function GET(): Promise<Response> {
  return readinessResponse(await getReadiness().check());
}

export const dynamic = 'force-dynamic';
