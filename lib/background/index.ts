import 'server-only';

import { getDb } from '@/lib/db';
import { getEngine } from '@/lib/launches/engine';
import { logger } from '@/lib/logger';

import { startEngineLoops } from './engine-loop';
import { startFleetLoop } from './fleet-loop';
import { startHousekeeping } from './housekeeping';
import { startNotifyLoop } from './notify-loop';

const holder = globalThis as unknown as { invokedeckBackground?: boolean };

/**
 * Start the server's background work once per process (Next may load instrumentation twice
 * in dev): housekeeping, and the launch engine's dispatcher and observer. Every replica runs
 * them; leases in the database decide who does what.
 */
export function startBackgroundWork(): void {
  if (holder.invokedeckBackground) return;
  holder.invokedeckBackground = true;
  startHousekeeping(getDb);
  startNotifyLoop(getDb);
  startFleetLoop();
  getEngine().then(startEngineLoops, (error: unknown) => logger.error('the launch engine did not start', { error: error instanceof Error ? error.message : String(error) }));
}
