import { startEngineLoops } from '@/lib/background/engine-loop';
import { getEngine } from '@/lib/launches/engine';

/**
 * The launch engine alone (a dispatcher and an observer, no HTTP), configured from the
 * environment like the app: a replica in miniature, which the replica tests start several of
 * and kill. Prints one JSON line when it runs.
 */
async function main(): Promise<void> {
  const engine = await getEngine();
  startEngineLoops(engine);
  console.info(JSON.stringify({ ready: true, owner: engine.owner, pid: process.pid }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
