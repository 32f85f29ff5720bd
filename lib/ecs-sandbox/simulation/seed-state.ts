import type { SandboxStore } from '../state/store';
import { seededId } from './ids';
import { findRegion } from './regions';
import { SEED_COMMANDS } from './seed-commands';
import { seedHistory } from './seed-history';

const DAY = 86_400_000;

/**
 * Fill a cleared store with the seeded commands and, unless `history` is false
 * (SANDBOX_SEED_HISTORY=0: an empty account), the history of seed-history.ts, relative to `now`.
 */
export function seedState(store: SandboxStore, now: number, history = true): void {
  store.seededAt = now;
  for (const seed of SEED_COMMANDS) {
    const region = findRegion(seed.regionId);
    if (!region) continue;
    store.addCommand({
      commandId: seededId('c', region, store.seed, seed.name),
      regionId: seed.regionId,
      name: seed.name,
      description: seed.description,
      type: seed.type,
      content: seed.content,
      workingDir: seed.workingDir,
      timeout: seed.timeout,
      enableParameter: (seed.parameters?.length ?? 0) > 0,
      parameterDefinitions: seed.parameters ?? [],
      launcher: '',
      resourceGroupId: '',
      tags: [],
      creationTime: now - seed.ageDays * DAY,
    });
  }
  if (history) seedHistory(store, now);
}
