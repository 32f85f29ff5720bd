import { randomUUID } from 'node:crypto';

import { expect, it } from 'vitest';

import { updateBatch } from './launch-dispatch';
import { insertLaunch } from './launches';
import { pingDatabase, readLaunchFigures } from './observability';
import { describeEachDatabase } from './test-databases';

/** The figures /api/metrics reads from the database, on SQLite and PostgreSQL. */
const NOW = new Date('2033-01-01T12:00:00.000Z');

function launchAt(createdAt: string) {
  return {
    id: randomUUID(),
    created_at: createdAt,
    created_by: 'u-1',
    created_by_username: 'kenji',
    region_id: 'cn-shanghai',
    command_id: 'c-metrics',
    command_name: 'patch-web.sh',
    command_type: 'RunShellScript',
    repeat_mode: 'Once',
    frequency: null,
    instance_count: 100,
    batch_count: 2,
    draft: '{}',
    preset_id: null,
    rate_control: null,
    request_template: null,
    secrets_expire_at: null,
  };
}

describeEachDatabase('observability figures', (db) => {
  it('answers a ping', async () => {
    await expect(pingDatabase(db())).resolves.toBeUndefined();
  });

  it('reads an empty database as no launches and no lag', async () => {
    expect(await readLaunchFigures(db(), NOW)).toEqual({ launches: 0, batchesByStatus: {}, dispatcherLagSeconds: 0 });
  });

  it('counts launches and batches by status; the lag is the age of the oldest batch due, not of one waiting out a backoff', async () => {
    const old = launchAt('2033-01-01T11:58:00.000Z');
    const recent = launchAt('2033-01-01T11:59:30.000Z');
    const oldBatches = [0, 1].map((index) => ({ id: randomUUID(), batch_index: index, client_token: `${old.id}-${index}`, instance_ids: '[]', secret_box: null }));
    const recentBatches = [0, 1].map((index) => ({ id: randomUUID(), batch_index: index, client_token: `${recent.id}-${index}`, instance_ids: '[]', secret_box: null }));
    await insertLaunch(db(), old, oldBatches);
    await insertLaunch(db(), recent, recentBatches);
    // The old launch: one batch sent, the other waiting out a backoff until after now.
    await updateBatch(db(), oldBatches[0]?.id ?? '', { status: 'sent', invoke_id: 't-metrics-1' }, 2, NOW);
    await updateBatch(db(), oldBatches[1]?.id ?? '', { not_before: '2033-01-01T12:00:30.000Z' }, 3, NOW);
    await updateBatch(db(), recentBatches[1]?.id ?? '', { status: 'failed', error_code: 'InvalidInstance.NotFound' }, 4, NOW);

    expect(await readLaunchFigures(db(), NOW)).toEqual({ launches: 2, batchesByStatus: { pending: 2, sent: 1, failed: 1 }, dispatcherLagSeconds: 30 });
    // A minute later the backed-off batch is due too, waiting since its backoff ended (30 s);
    // the longest waiting is still the recent launch's first batch (90 s).
    expect((await readLaunchFigures(db(), new Date('2033-01-01T12:01:00.000Z'))).dispatcherLagSeconds).toBe(90);
  });
});
