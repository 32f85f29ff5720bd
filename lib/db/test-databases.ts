import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';

import { type Db, migrate, openDb } from './client';
import { type Database } from './schema';

/**
 * Run a suite against every database the app supports: a fresh SQLite file, and the local
 * PostgreSQL in a schema of its own. PostgreSQL is required in CI; elsewhere, when none
 * answers, its suite is skipped with the reason in its name, never passed silently.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://invokedeck:invokedeck@127.0.0.1:5432/invokedeck_test';

const postgresReachable = await probe(TEST_DATABASE_URL);
if (!postgresReachable.ok && process.env.CI) {
  throw new Error(`CI needs PostgreSQL at ${redactUrl(TEST_DATABASE_URL)} and it did not answer: ${postgresReachable.reason}`);
}
if (!postgresReachable.ok) {
  console.warn(`PostgreSQL tests skipped: ${redactUrl(TEST_DATABASE_URL)} did not answer (${postgresReachable.reason}). Set TEST_DATABASE_URL or start PostgreSQL.`);
}

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

  const title = postgresReachable.ok ? `${name} [PostgreSQL]` : `${name} [PostgreSQL — skipped: not reachable at ${redactUrl(TEST_DATABASE_URL)}]`;
  describe.skipIf(!postgresReachable.ok)(title, () => {
    const schema = `test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    let db: Db | undefined;
    beforeAll(async () => {
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
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

async function probe(url: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    await client.end().catch(() => {});
  }
}

function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
