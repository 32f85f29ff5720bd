/**
 * Liveness: the process is up and answers HTTP. Nothing else is checked, so a database outage
 * never gets a healthy server restarted (that is what readiness, /api/health/ready, is for).
 */
export function GET(): Response {
  return Response.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } });
}

export const dynamic = 'force-dynamic';
