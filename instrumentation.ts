/**
 * Next calls register() once when a server process starts: the place for work every replica
 * does in the background (today the purge of expired sessions and sign-in throttle rows).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startBackgroundWork } = await import('@/lib/background');
  startBackgroundWork();
}
