import 'server-only';

import { type Engine } from '@/lib/launches/engine';
import { logger } from '@/lib/logger';

const DISPATCH_IDLE_MS = 500;
const OBSERVE_EVERY_MS = 1_000;
const READ_IDLE_MS = 500;

/**
 * The launch engine's loops in this process: the dispatcher (at once when woken by a new
 * launch, else twice a second while idle, straight on while there is work), the observer
 * (once a second; the per-region lease decides which replica actually asks ECS), and the
 * output reader (twice a second while idle; a read is claimed by one replica, and paced).
 */
export function startEngineLoops(engine: Engine): () => void {
  let running = true;
  let wake: (() => void) | null = null;
  engine.onWake = () => wake?.();
  const pause = (ms: number, wakeable: boolean) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      timer.unref();
      if (wakeable) {
        wake = () => {
          clearTimeout(timer);
          wake = null;
          resolve();
        };
      }
    });

  void (async () => {
    while (running) {
      let handled = 0;
      try {
        handled = await engine.dispatcher.tick();
      } catch (error) {
        logger.warn('dispatcher pass failed', { error: error instanceof Error ? error.message : String(error) });
      }
      if (handled === 0) await pause(DISPATCH_IDLE_MS, true);
    }
  })();
  void (async () => {
    while (running) {
      try {
        await engine.observer.tick();
      } catch (error) {
        logger.warn('observer pass failed', { error: error instanceof Error ? error.message : String(error) });
      }
      await pause(OBSERVE_EVERY_MS, false);
    }
  })();
  void (async () => {
    while (running) {
      let read = 0;
      try {
        read = await engine.outputReader.tick();
      } catch (error) {
        logger.warn('output reader pass failed', { error: error instanceof Error ? error.message : String(error) });
      }
      if (read === 0) await pause(READ_IDLE_MS, false);
    }
  })();
  return () => {
    running = false;
    wake?.();
  };
}
