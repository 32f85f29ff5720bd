import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';

import { DEFAULT_TEST_DATABASE_URL, redactUrl } from '@/lib/runtime/test-postgres';

import { type Db, migrate, openDb } from './client';
import { type Database } from './schema';

/**
 * Run a suite against every database the app supports: a fresh SQLite file, and PostgreSQL in
 * a schema of its own. The vitest config's global setup puts a PostgreSQL that answers in
 * TEST_DATABASE_URL (starting a throwaway one when needed), so an unreachable one is a failure
 * here, never a skip.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;

export function describeEachDatabase(name: string, suite: (db: () => Db) => void): void {
  describe(`${name} [SQLite]`, () => {
    let dir = '';
    let db: Db | undefined;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'invokedeck-test-'));
      db = openDb({ kind: 'sqlite', file: join(dir, 'test.db') });
      await migrate(db);
    });
    afterAll(async () => {
      await db?.destroy();
      rmSync(dir, { recursive: true, force: true });
    });
    suite(() => db as Db);
  });

  describe(`${name} [PostgreSQL]`, () => {
    const schema = `test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    let db: Db | undefined;
    beforeAll(async () => {
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 5000 });
      await admin.connect().catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`PostgreSQL did not answer at ${redactUrl(TEST_DATABASE_URL)} (${reason}). Run the tests with -c .config/vitest.config.mts: its global setup starts one when none answers.`);
      });
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      const pool = new pg.Pool({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${schema}`, max: 4 });
      db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
      await migrate(db, { schema });
    });
    afterAll(async () => {
      if (db) {
        await sql`DROP SCHEMA ${sql.id(schema)} CASCADE`.execute(db);
        await db.destroy();
      }
    });
    suite(() => db as Db);
  });
}

/**
 * A fresh PostgreSQL schema, migrated, for tests that start other processes on the same data
 * (replicas): `url` reaches it from anywhere (search_path set in the connection options).
 */
export async function createPostgresSchema(): Promise<{ db: Db; url: string; drop(): Promise<void> }> {
  const schema = `test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 5000 });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const pool = new pg.Pool({ connectionString: url.toString(), max: 4 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await migrate(db, { schema });
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await sql`DROP SCHEMA ${sql.id(schema)} CASCADE`.execute(db);
      await db.destroy();
    },
  };
}
