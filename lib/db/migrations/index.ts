import { type Migration, type MigrationProvider } from 'kysely';

import * as foundation from './0001-foundation';
import * as launches from './0002-launches';
import * as presets from './0003-presets';
import * as snapshots from './0004-invocation-snapshots';
import * as launchListOperator from './0005-launch-list-operator';
import * as auditActor from './0006-audit-actor';
import * as trust from './0007-trust';
import * as launchEngine from './0008-launch-engine';
import * as outputReads from './0009-output-reads';
import * as formDrafts from './0010-form-drafts';
import * as approvals from './0013-approvals';
import * as notifications from './0012-notifications';
import * as fleetSnapshots from './0014-fleet-snapshots';
import * as apiBudget from './0015-api-budget';
import * as canary from './0016-canary';

/**
 * Every migration, in order. Listed in code (not read from a folder) so the bundler sees
 * them and the same set runs in Next, in the launcher and in tests.
 */
const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-launches': launches,
  '0003-presets': presets,
  '0004-invocation-snapshots': snapshots,
  '0005-launch-list-operator': launchListOperator,
  '0006-audit-actor': auditActor,
  '0007-trust': trust,
  '0008-launch-engine': launchEngine,
  '0009-output-reads': outputReads,
  '0010-form-drafts': formDrafts,
  '0012-notifications': notifications,
  '0013-approvals': approvals,
  '0014-fleet-snapshots': fleetSnapshots,
  '0015-api-budget': apiBudget,
  '0016-canary': canary,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
