import 'server-only';

import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';

import { migrationProvider } from './migrations';
import { isPostgres } from './migrations/dialect';
import { type Database } from './schema';

export type Db = Kysely<Database>;

/** `connections`: the PostgreSQL pool's size (10 unless told). */
export type DbConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; connections?: number };

/** Open a connection pool. SQLite runs in WAL mode so readers never wait for the writer. */
export function openDb(config: DbConfig): Db {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, max: config.connections ?? 10 });
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  if (config.file !== ':memory:') ownerOnly(resolve(config.file));
  const sqlite = new SqliteDatabase(config.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

/**
 * The database holds sessions and the audit trail: its folder is the owner's alone (0700) and
 * the file, with the WAL and shared-memory files SQLite makes beside it (it gives them the
 * database's own mode), is readable by the owner only (0600). Older, looser files are tightened.
 */
function ownerOnly(file: string): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const path of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(path)) chmodSync(path, 0o600);
}

/**
 * Apply every pending migration; throws with the failing migration's name. `schema` keeps
 * the migrator's own tables in one PostgreSQL schema (tests give each suite its own); by
 * default the connection's current schema, where the app's tables go.
 */
export async function migrate(db: Db, options: { schema?: string } = {}): Promise<string[]> {
  // Told no schema, Kysely takes its migration tables found in *any* schema for ours and skips
  // creating them: a database where another schema has them would fail here. Name ours.
  const schema = options.schema ?? (isPostgres(db) ? await currentSchema(db) : undefined);
  const migrator = new Migrator({ db, provider: migrationProvider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${reason}`);
  }
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}

/** The schema unqualified names go to (the first of search_path that exists), or undefined. */
async function currentSchema(db: Db): Promise<string | undefined> {
  const { rows } = await sql<{ schema: string | null }>`SELECT current_schema() AS schema`.execute(db);
  return rows[0]?.schema ?? undefined;
}

export function dbConfigFromEnv(env: { DATABASE_URL?: string | undefined; DATA_DIR: string }): DbConfig {
  return env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL }
    : { kind: 'sqlite', file: resolve(env.DATA_DIR, 'invokedeck.db') };
}
