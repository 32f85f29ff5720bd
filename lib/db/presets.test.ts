import { randomUUID } from 'node:crypto';

import { expect, it } from 'vitest';

import { addPresetVersion, findPresetById, insertPreset, listPresetSummaries, listPresetVersions, softDeletePreset } from './presets';
import { describeEachDatabase } from './test-databases';

function preset(slug: string, name: string, payload = '{"draft":1}') {
  return { id: randomUUID(), slug, name, description: `about ${name}`, payload, username: 'priya', change: 'Created' };
}

describeEachDatabase('presets', (db) => {
  it('refuses a version made from a stale copy, and names none twice', async () => {
    const row = preset('stale-copy-a1', 'stale copy');
    await insertPreset(db(), row);
    const content = { name: row.name, description: '', payload: '{"v":2}', username: 'marco', change: 'Changed Instances' };
    expect(await addPresetVersion(db(), row.id, content, { expectedVersion: 1 })).toBe(2);
    expect(await addPresetVersion(db(), row.id, { ...content, username: 'priya' }, { expectedVersion: 1 })).toBeNull();
    const both = await Promise.all([
      addPresetVersion(db(), row.id, content, { expectedVersion: 2 }),
      addPresetVersion(db(), row.id, content, { expectedVersion: 2 }).catch(() => null),
    ]);
    expect(both.filter((version) => version === 3)).toHaveLength(1);
    expect((await listPresetVersions(db(), row.id)).map((version) => version.version)).toEqual([3, 2, 1]);
    expect(await findPresetById(db(), row.id)).toMatchObject({ current_version: 3, updated_by_username: 'marco' });
  });

  it('adds no version to a deleted preset, and deletes once', async () => {
    const row = preset('deleted-once-b2', 'deleted once');
    await insertPreset(db(), row);
    expect(await softDeletePreset(db(), row.id, 'marco')).toBe(true);
    expect(await softDeletePreset(db(), row.id, 'priya')).toBe(false);
    expect(await findPresetById(db(), row.id)).toMatchObject({ deleted_by_username: 'marco' });
    expect(await addPresetVersion(db(), row.id, { name: 'x', description: '', payload: '{}', username: 'priya', change: 'Renamed' })).toBeNull();
  });

  it('lists live presets with their current payload and change, searching name, description and slug', async () => {
    const first = preset('summary-alpha-c3', 'Summary alpha', '{"n":1}');
    const second = preset('summary-beta-d4', 'Summary beta_under', '{"n":1}');
    await insertPreset(db(), first, new Date('2032-01-01T00:00:00Z'));
    await insertPreset(db(), second, new Date('2032-01-01T00:01:00Z'));
    await addPresetVersion(db(), first.id, { name: first.name, description: 'edited', payload: '{"n":2}', username: 'marco', change: 'Changed Frequency' }, { now: new Date('2032-01-01T00:02:00Z') });
    const all = await listPresetSummaries(db(), { search: 'summary', limit: 10 });
    expect(all.total).toBe(2);
    expect(all.rows.map((row) => [row.slug, row.payload, row.change, row.current_version])).toEqual([
      ['summary-alpha-c3', '{"n":2}', 'Changed Frequency', 2],
      ['summary-beta-d4', '{"n":1}', 'Created', 1],
    ]);
    expect((await listPresetSummaries(db(), { search: 'BETA_', limit: 10 })).rows.map((row) => row.slug)).toEqual(['summary-beta-d4']);
    expect((await listPresetSummaries(db(), { search: 'alpha-c3', limit: 10 })).rows.map((row) => row.slug)).toEqual(['summary-alpha-c3']);
    const limited = await listPresetSummaries(db(), { search: 'summary', limit: 1 });
    expect([limited.rows.length, limited.total]).toEqual([1, 2]);
    await softDeletePreset(db(), second.id, 'priya');
    expect((await listPresetSummaries(db(), { search: 'summary', limit: 10 })).total).toBe(1);
  });
});
