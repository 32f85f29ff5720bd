import 'server-only';

import { getEnv } from '@/lib/env';

import { type Db, dbConfigFromEnv, migrate, openDb } from './client';

export type { Db } from './client';

// One pool per server process; kept on globalThis so dev reloads do not open more.
const holder = globalThis as unknown as { invokedeckDb?: Promise<Db>; invokedeckEngineDb?: Promise<Db> };

/** The application's database, migrated before first use. */
export function getDb(): Promise<Db> {
  holder.invokedeckDb ??= (async () => {
    const db = openDb(dbConfigFromEnv(getEnv()));
    await migrate(db);
    return db;
  })().catch((error: unknown) => {
    // Not kept: a database that was down at the first request is tried again at the next.
    holder.invokedeckDb = undefined;
    throw error;
  });
  return holder.invokedeckDb;
}

/**
 * The launch engine's connections. On PostgreSQL a pool of its own, so the dispatcher and the
 * observer never wait for a connection behind a crowd of page requests (under load they did, for
 * a minute); on SQLite the application's one connection, as SQLite has one writer either way.
 */
export function getEngineDb(): Promise<Db> {
  holder.invokedeckEngineDb ??= (async () => {
    const config = dbConfigFromEnv(getEnv());
    if (config.kind === 'sqlite') return getDb();
    await getDb(); // migrated first
    return openDb({ ...config, connections: ENGINE_CONNECTIONS });
  })();
  return holder.invokedeckEngineDb;
}

/** The dispatcher's sends and claims, the observer and the output reader. */
const ENGINE_CONNECTIONS = 8;
