import { randomBytes } from 'node:crypto';

import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

import { migrate, openDb } from './client';
import { TEST_DATABASE_URL } from './test-databases';

/**
 * `npm start` migrates without naming a schema: the one DATABASE_URL's search_path selects.
 * Kysely, told no schema, takes migration tables found in any schema for its own; this proves
 * ours are made where the app's tables go even when another schema of the database has them.
 */
describe('migrations in a PostgreSQL schema of their own [PostgreSQL]', () => {
  const tag = randomBytes(3).toString('hex');
  const [other, ours] = [`migrate_other_${tag}`, `migrate_ours_${tag}`];
  const urlFor = (schema: string) => {
    const url = new URL(TEST_DATABASE_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return url.toString();
  };
  const admin = async <T>(fn: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  afterAll(() => admin((client) => client.query(`DROP SCHEMA IF EXISTS ${other} CASCADE; DROP SCHEMA IF EXISTS ${ours} CASCADE`)));

  it('migrates the search_path schema while another schema has Kysely migration tables, once', async () => {
    await admin((client) => client.query(`CREATE SCHEMA ${other}; CREATE SCHEMA ${ours}`));
    const first = openDb({ kind: 'postgres', url: urlFor(other) });
    await migrate(first, { schema: other });
    await first.destroy();

    const db = openDb({ kind: 'postgres', url: urlFor(ours) });
    try {
      const applied = await migrate(db);
      expect(applied.length).toBeGreaterThan(0);
      expect(await migrate(db)).toEqual([]);
    } finally {
      await db.destroy();
    }
    const tables = await admin((client) => client.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name LIKE 'kysely%' ORDER BY 1`, [ours]));
    expect(tables.rows.map((row) => row.table_name)).toEqual(['kysely_migration', 'kysely_migration_lock']);
  });
});
