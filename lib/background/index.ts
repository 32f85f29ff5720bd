import 'server-only';

import { getDb } from '@/lib/db';

import { startHousekeeping } from './housekeeping';

const holder = globalThis as unknown as { invokedeckBackground?: () => void };

/** Start the server's background work once per process (Next may load instrumentation twice in dev). */
export function startBackgroundWork(): void {
  holder.invokedeckBackground ??= startHousekeeping(getDb);
}
