import { randomUUID } from 'node:crypto';

import { expect, it } from 'vitest';

import { listLaunches } from './launch-list';
import { updateBatch } from './launch-dispatch';
import { bumpLaunch, findBatchByInvokeId, findLaunch, insertLaunch, listBatches, listInstances, settleSendStatus } from './launches';
import { quotaUsed, releaseQuota, reserveQuota } from './quota';
import { addPresetVersion, findPresetBySlug, insertPreset, listPresets, listPresetVersions, softDeletePreset } from './presets';
import { describeEachDatabase } from './test-databases';

function launch(overrides: { createdAt: string; region?: string; status?: string; operator?: string }) {
  return {
    id: randomUUID(),
    created_at: overrides.createdAt,
    created_by: 'u-1',
    created_by_username: overrides.operator ?? 'priya',
    region_id: overrides.region ?? 'cn-shanghai',
    command_id: 'c-patch',
    command_name: 'patch-web.sh',
    command_type: 'RunShellScript',
    repeat_mode: 'Once',
    frequency: null,
    instance_count: 2,
    batch_count: 1,
    draft: '{}',
    preset_id: null,
    rate_control: null,
    request_template: null,
    secrets_expire_at: null,
  };
}

describeEachDatabase('launches and presets', (db) => {
  it('records a launch with its batches and instances once: a second insert of the same ID is refused by the insert itself', async () => {
    const row = launch({ createdAt: '2030-05-01T10:00:00.000Z' });
    const batches = [0, 1].map((index) => ({ id: randomUUID(), batch_index: index, client_token: `${row.id}-${index}`, instance_ids: JSON.stringify([`i-${index}a`, `i-${index}b`]), secret_box: null }));
    const [first, second] = await Promise.all([insertLaunch(db(), row, batches), insertLaunch(db(), row, batches.map((batch) => ({ ...batch, id: randomUUID(), client_token: `${batch.client_token}x` })))]);
    expect([first, second].sort()).toEqual([false, true]);
    expect((await listBatches(db(), row.id)).map((batch) => batch.status)).toEqual(['pending', 'pending']);
    expect((await listInstances(db(), row.id)).map((instance) => [instance.instance_id, instance.status])).toEqual([
      ['i-0a', 'Queued'],
      ['i-0b', 'Queued'],
      ['i-1a', 'Queued'],
      ['i-1b', 'Queued'],
    ]);
    expect(await settleSendStatus(db(), row.id)).toBe('queued');

    // Each change takes the launch's next number; a page asks for what came after its last one.
    const seq = await bumpLaunch(db(), row.id);
    await updateBatch(db(), batches[0]?.id ?? '', { status: 'sent', invoke_id: 't-one', request_id: 'req-1', attempted: true }, seq, new Date('2030-05-01T10:00:01Z'));
    expect(await settleSendStatus(db(), row.id)).toBe('sending');
    expect(await findBatchByInvokeId(db(), 't-one')).toMatchObject({ launch_id: row.id, attempts: 1, request_id: 'req-1', change_seq: seq });
    expect((await findLaunch(db(), row.id))?.change_seq).toBe(seq);
    await updateBatch(db(), batches[1]?.id ?? '', { status: 'failed', error_code: 'InternalError.Dispatch' }, await bumpLaunch(db(), row.id), new Date());
    expect(await settleSendStatus(db(), row.id)).toBe('partial');
  });

  it('takes the daily quota atomically: launches racing for the last calls never overdraw it', async () => {
    const day = '2030-05-02';
    await reserveQuota(db(), 'cn-nanjing', day, 4_990, 5_000);
    const racers = await Promise.all(Array.from({ length: 8 }, () => reserveQuota(db(), 'cn-nanjing', day, 3, 5_000)));
    expect(racers.filter((outcome) => outcome.ok)).toHaveLength(3);
    expect(await quotaUsed(db(), 'cn-nanjing', day)).toBe(4_999);
    await releaseQuota(db(), 'cn-nanjing', day, 2);
    expect(await quotaUsed(db(), 'cn-nanjing', day)).toBe(4_997);
    expect(await quotaUsed(db(), 'cn-nanjing', '2030-05-03')).toBe(0);
  });

  it('pages launches newest first by keyset, with filters', async () => {
    for (let minute = 0; minute < 7; minute++) {
      const at = `2031-01-01T00:0${minute}:00.000Z`;
      await insertLaunch(db(), launch({ createdAt: at, region: minute % 2 ? 'cn-hangzhou' : 'cn-beijing', operator: 'pager' }), []);
    }
    const first = await listLaunches(db(), { createdBy: 'pager' }, { limit: 3 });
    expect(first.rows.map((row) => row.created_at.slice(14, 16))).toEqual(['06', '05', '04']);
    const second = await listLaunches(db(), { createdBy: 'pager' }, { limit: 3, after: first.next ?? undefined });
    expect(second.rows.map((row) => row.created_at.slice(14, 16))).toEqual(['03', '02', '01']);
    const last = await listLaunches(db(), { createdBy: 'pager' }, { limit: 3, after: second.next ?? undefined });
    expect(last.rows).toHaveLength(1);
    expect(last.next).toBeNull();
    const hangzhou = await listLaunches(db(), { createdBy: 'pager', regionId: 'cn-hangzhou', from: '2031-01-01T00:02:00.000Z' }, { limit: 10 });
    expect(hangzhou.rows.map((row) => row.created_at.slice(14, 16))).toEqual(['05', '03']);
  });

  it('keeps every preset change as a version, searches live presets, and soft-deletes', async () => {
    const id = randomUUID();
    await insertPreset(db(), { id, slug: 'prod-web-patch-x1', name: 'prod web patch', description: 'Weekday 02:00', payload: '{"v":1}', username: 'priya', change: 'Created' });
    expect(await addPresetVersion(db(), id, { name: 'prod web patch', description: 'Weekday 02:00 Shanghai', payload: '{"v":2}', username: 'marco', change: 'Edited' })).toBe(2);
    const versions = await listPresetVersions(db(), id);
    expect(versions.map((version) => [version.version, version.created_by_username, version.payload])).toEqual([
      [2, 'marco', '{"v":2}'],
      [1, 'priya', '{"v":1}'],
    ]);
    expect((await listPresets(db(), { search: 'WEB', limit: 10 })).map((preset) => preset.slug)).toContain('prod-web-patch-x1');
    expect(await listPresets(db(), { search: '100%_', limit: 10 })).toEqual([]);
    await softDeletePreset(db(), id, 'marco');
    expect((await listPresets(db(), { limit: 10 })).map((preset) => preset.id)).not.toContain(id);
    expect(await findPresetBySlug(db(), 'prod-web-patch-x1')).toMatchObject({ deleted_by_username: 'marco', current_version: 2 });
  });
});
