import { ensureTestPostgres } from '../lib/runtime/test-postgres';

/**
 * Every run has a PostgreSQL: the one at TEST_DATABASE_URL, or a throwaway one started here.
 * Workers start after this and inherit process.env, so lib/db/test-databases.ts reads the
 * URL from there; teardown stops the throwaway cluster and deletes its directory.
 */
export async function setup(): Promise<() => Promise<void>> {
  const postgres = await ensureTestPostgres();
  process.env.TEST_DATABASE_URL = postgres.url;
  console.info(`PostgreSQL tests run against ${postgres.description}.`);
  return () => postgres.stop();
}
