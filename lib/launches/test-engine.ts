import { randomBytes } from 'node:crypto';

import { type Db } from '@/lib/db/client';
import { findLaunch, listBatches } from '@/lib/db/launches';
import { type EcsClient } from '@/lib/ecs';
import { DEFAULT_LIMITS, type Limits } from '@/lib/invoke/limits';

import { Dispatcher, type DispatcherOptions } from './dispatcher';
import { Observer } from './observer';
import { OutputReader } from './output-reader';
import { type LaunchResult, launchResultOf } from './result';
import { secretKeyFrom } from './secret-box';

/**
 * For the integration tests: the launch engine of one process, driven by hand. `dispatchAll`
 * runs the dispatcher until nothing is left to send now; `observe` asks ECS about every sent
 * batch of a launch, as the observer would when due; `readOutputs` runs the output reader
 * until no read is left.
 */
export function testEngine(db: Db, ecs: EcsClient, options: Partial<DispatcherOptions> & { limits?: Limits } = {}) {
  const secretKey = secretKeyFrom(randomBytes(32));
  const limits = options.limits ?? DEFAULT_LIMITS;
  const dispatcher = new Dispatcher({ db, ecs, secretKey, limits, owner: 'test-dispatcher', maxAttempts: 1, ...options });
  const observer = new Observer({ db, ecs, owner: 'test-observer', callsPerSecond: 100 });
  // Unpaced in tests: the pacing is a courtesy to ECS, not part of what a test checks.
  const outputReader = new OutputReader({ db, ecs, owner: 'test-output-reader', callsPerSecond: 1_000 });
  return {
    secretKey,
    dispatcher,
    observer,
    outputReader,
    deps: { db, ecs, limits, secretKey },
    /** Tick until a pass handles nothing: every batch sendable now is sent or failed. */
    async dispatchAll(): Promise<void> {
      for (let pass = 0; pass < 1_000; pass++) if ((await dispatcher.tick()) === 0) return;
      throw new Error('the dispatcher never went idle');
    },
    async result(launchId: string): Promise<LaunchResult> {
      const launch = await findLaunch(db, launchId);
      if (!launch) throw new Error(`no launch ${launchId}`);
      return launchResultOf(launch, await listBatches(db, launchId));
    },
    async observe(launchId: string): Promise<void> {
      for (const batch of await listBatches(db, launchId)) if (batch.status === 'sent') await observer.observe(batch);
    },
    /** Tick the output reader until it finds nothing queued; returns the InvokeIds read. */
    async readOutputs(): Promise<number> {
      let total = 0;
      for (let pass = 0; pass < 100; pass++) {
        const read = await outputReader.tick();
        if (read === 0) return total;
        total += read;
      }
      throw new Error('the output reader never went idle');
    },
  };
}
