import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';

/**
 * Readiness for load balancers and the test runner. Public on purpose: it reveals only
 * that the server is up and its database answers.
 */
export async function GET(): Promise<Response> {
  try {
    const db = await getDb();
    await db.selectFrom('users').select('id').limit(1).execute();
    return Response.json({ ok: true, mode: getEnv().mode }, { headers: { 'Cache-Control': 'no-store' } });
  } catch {
    return Response.json({ ok: false }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
  }
}

export const dynamic = 'force-dynamic';
