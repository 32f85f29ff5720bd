import { randomUUID } from 'node:crypto';

import { expect, it } from 'vitest';

import { listLaunches } from './launch-list';
import { countInvocationsToday, findBatchByInvokeId, insertLaunch, listBatches, recordBatchOutcome, settleSendStatus } from './launches';
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
  };
}

describeEachDatabase('launches and presets', (db) => {
  it('records a launch before sending, then each batch outcome, and derives the send status', async () => {
    const row = launch({ createdAt: '2030-05-01T10:00:00.000Z' });
    const batches = [0, 1].map((index) => ({ id: randomUUID(), batch_index: index, client_token: `${row.id}-${index}`, instance_ids: '["i-1"]' }));
    await insertLaunch(db(), row, batches);
    expect((await listBatches(db(), row.id)).map((batch) => batch.status)).toEqual(['pending', 'pending']);
    await recordBatchOutcome(db(), batches[0]?.id ?? '', { status: 'sent', invokeId: 't-one', requestId: 'req-1' }, new Date('2030-05-01T10:00:01Z'));
    await recordBatchOutcome(db(), batches[1]?.id ?? '', { status: 'failed', errorCode: 'InternalError.Dispatch', errorMessage: 'try again', requestId: 'req-2' });
    expect(await settleSendStatus(db(), row.id)).toBe('partial');
    expect(await findBatchByInvokeId(db(), 't-one')).toMatchObject({ launch_id: row.id, attempts: 1, request_id: 'req-1' });
    expect(await countInvocationsToday(db(), 'cn-shanghai', new Date('2030-05-01T23:00:00Z'))).toBe(1);
    expect(await countInvocationsToday(db(), 'cn-shanghai', new Date('2030-05-02T00:00:01Z'))).toBe(0);
    expect(await countInvocationsToday(db(), 'cn-hangzhou', new Date('2030-05-01T23:00:00Z'))).toBe(0);
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
