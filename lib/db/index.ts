import 'server-only';

import { getEnv } from '@/lib/env';

import { type Db, dbConfigFromEnv, migrate, openDb } from './client';

export type { Db } from './client';

// One pool per server process; kept on globalThis so dev reloads do not open more.
const holder = globalThis as unknown as { invokedeckDb?: Promise<Db> };

/** The application's database, migrated before first use. */
export function getDb(): Promise<Db> {
  holder.invokedeckDb ??= (async () => {
    const db = openDb(dbConfigFromEnv(getEnv()));
    await migrate(db);
    return db;
  })();
  return holder.invokedeckDb;
}
