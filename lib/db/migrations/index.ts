import { type Migration, type MigrationProvider } from 'kysely';

import * as foundation from './0001-foundation';

/**
 * Every migration, in order. Listed in code (not read from a folder) so the bundler sees
 * them and the same set runs in Next, in the launcher and in tests.
 */
const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
