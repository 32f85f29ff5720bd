import { randomUUID } from 'node:crypto';

import { beforeAll, expect, it } from 'vitest';

import { findLaunchStatuses, findOwnInvocations, launchFacets, listLaunches } from './launch-list';
import { updateBatch } from './launch-dispatch';
import { bumpLaunch, insertLaunch, updateLaunchStatus } from './launches';
import { describeEachDatabase } from './test-databases';

/** Ten launches a minute apart (minute 0 oldest), with the fields each filter reads varied. */
const FLEET = Array.from({ length: 10 }, (_, minute) => ({
  id: randomUUID(),
  created_at: `2032-03-0${1 + Math.floor(minute / 5)}T10:0${minute}:00.000Z`,
  created_by: `u-${minute % 2}`,
  created_by_username: minute % 2 ? 'lena' : 'kenji',
  region_id: minute % 3 ? 'cn-shanghai' : 'cn-hangzhou',
  command_id: minute < 4 ? 'c-list-health' : 'c-list-patch',
  command_name: minute < 4 ? 'health-check.sh' : 'patch-web.sh',
  command_type: 'RunShellScript',
  repeat_mode: minute === 6 ? 'Period' : 'Once',
  frequency: minute === 6 ? 'rate(5m)' : null,
  instance_count: 60 + minute,
  batch_count: 2,
  draft: '{}',
  preset_id: null,
  rate_control: null,
  request_template: null,
  secrets_expire_at: null,
}));

const minutesOf = (rows: { created_at: string }[]) => rows.map((row) => Number(row.created_at.slice(15, 16)));

describeEachDatabase('the invocations list', (db) => {
  beforeAll(async () => {
    for (const launch of FLEET) {
      const batches = [0, 1].map((index) => ({ id: randomUUID(), batch_index: index, client_token: `${launch.id}-${index}`, instance_ids: '[]', secret_box: null }));
      await insertLaunch(db(), launch, batches);
      await updateBatch(db(), batches[0]?.id ?? '', { status: 'sent', invoke_id: `t-list${launch.created_at.slice(15, 16)}a` }, 2, new Date('2032-03-02T12:00:00Z'));
      await updateLaunchStatus(db(), launch.id, Number(launch.created_at.slice(15, 16)) % 4 === 0 ? 'Failed' : 'Success');
      await bumpLaunch(db(), launch.id, new Date('2032-03-02T12:00:00Z'));
    }
  });

  it('pages newest first with Older and Newer cursors, and a Newer past the top shows the first page whole', async () => {
    const filters = { from: '2032-03-01T00:00:00.000Z', to: '2032-03-03T00:00:00.000Z' };
    const first = await listLaunches(db(), filters, { limit: 4 });
    expect(minutesOf(first.rows)).toEqual([9, 8, 7, 6]);
    expect(first.previous).toBeNull();
    const second = await listLaunches(db(), filters, { limit: 4, after: first.next ?? undefined });
    expect(minutesOf(second.rows)).toEqual([5, 4, 3, 2]);
    expect(second.previous).toEqual({ createdAt: second.rows[0]?.created_at, id: second.rows[0]?.id });
    const last = await listLaunches(db(), filters, { limit: 4, after: second.next ?? undefined });
    expect(minutesOf(last.rows)).toEqual([1, 0]);
    expect(last.next).toBeNull();

    const back = await listLaunches(db(), filters, { limit: 4, before: last.previous ?? undefined });
    expect(minutesOf(back.rows)).toEqual([5, 4, 3, 2]);
    expect(back.previous).not.toBeNull();
    const top = await listLaunches(db(), filters, { limit: 4, before: back.previous ?? undefined });
    expect(minutesOf(top.rows)).toEqual([9, 8, 7, 6]);
    expect(top.previous).toBeNull();
  });

  it('filters by status, region, command, operator, repeat mode and date, alone and together', async () => {
    const page = (filters: Parameters<typeof listLaunches>[1]) => listLaunches(db(), { from: '2032-03-01T00:00:00.000Z', ...filters }, { limit: 20 }).then((result) => minutesOf(result.rows));
    expect(await page({ status: 'Failed' })).toEqual([8, 4, 0]);
    expect(await page({ regionId: 'cn-hangzhou' })).toEqual([9, 6, 3, 0]);
    expect(await page({ commandId: 'c-list-health' })).toEqual([3, 2, 1, 0]);
    expect(await page({ createdBy: 'lena' })).toEqual([9, 7, 5, 3, 1]);
    expect(await page({ repeatMode: 'Period' })).toEqual([6]);
    expect(await page({ from: '2032-03-02T00:00:00.000Z', to: '2032-03-02T10:08:00.000Z' })).toEqual([7, 6, 5]);
    expect(await page({ status: 'Success', createdBy: 'kenji', regionId: 'cn-shanghai' })).toEqual([2]);
    expect(await page({ status: 'Stopped' })).toEqual([]);
  });

  it('keeps the date range while paging, in both directions', async () => {
    const filters = { from: '2032-03-01T10:02:00.000Z', to: '2032-03-02T10:08:00.000Z' };
    const first = await listLaunches(db(), filters, { limit: 3 });
    expect(minutesOf(first.rows)).toEqual([7, 6, 5]);
    const older = await listLaunches(db(), filters, { limit: 3, after: first.next ?? undefined });
    expect(minutesOf(older.rows)).toEqual([4, 3, 2]);
    expect(older.next).toBeNull();
    expect(minutesOf((await listLaunches(db(), filters, { limit: 3, before: older.previous ?? undefined })).rows)).toEqual([7, 6, 5]);
  });

  it('brings each row its first batches with their InvokeIds, and reads statuses by ID', async () => {
    const { rows } = await listLaunches(db(), { commandId: 'c-list-health' }, { limit: 1 });
    expect(rows[0]?.batches).toEqual([
      { index: 0, invokeId: 't-list3a', status: 'sent' },
      { index: 1, invokeId: null, status: 'pending' },
    ]);
    const ids = FLEET.slice(0, 2).map((launch) => launch.id);
    const statuses = await findLaunchStatuses(db(), ids);
    expect(statuses.map((row) => [row.id, row.status]).sort()).toEqual([[ids[0], 'Failed'], [ids[1], 'Success']].sort());
    expect(statuses[0]?.status_updated_at).toBe('2032-03-02T12:00:00.000Z');
    expect(await findLaunchStatuses(db(), [])).toEqual([]);
  });

  it('offers in its menus what has been launched: regions, commands with their latest name, operators', async () => {
    const facets = await launchFacets(db());
    expect(facets.regions).toEqual(expect.arrayContaining(['cn-hangzhou', 'cn-shanghai']));
    expect(facets.operators).toEqual(expect.arrayContaining(['kenji', 'lena']));
    expect(facets.commands).toEqual(
      expect.arrayContaining([
        { id: 'c-list-health', name: 'health-check.sh', regionId: 'cn-hangzhou' },
        { id: 'c-list-patch', name: 'patch-web.sh', regionId: 'cn-hangzhou' },
      ]),
    );
    expect(new Set(facets.regions).size).toBe(facets.regions.length);
  });
  it('tells which InvokeIds of a page of the account history InvokeDeck sent, and which tagged launches it has', async () => {
    const [three, seven] = [FLEET[3], FLEET[7]];
    const own = await findOwnInvocations(db(), ['t-list3a', 't-list7a', 't-console1'], [seven?.id ?? '', 'aaaaaaaa-0000-4000-8000-000000000000']);
    expect([...own.byInvokeId]).toEqual(
      expect.arrayContaining([
        ['t-list3a', { launchId: three?.id, createdBy: 'lena' }],
        ['t-list7a', { launchId: seven?.id, createdBy: 'lena' }],
      ]),
    );
    expect(own.byInvokeId.size).toBe(2);
    expect([...own.byLaunchId]).toEqual([[seven?.id, { launchId: seven?.id, createdBy: 'lena' }]]);
    const none = await findOwnInvocations(db(), []);
    expect([none.byInvokeId.size, none.byLaunchId.size]).toEqual([0, 0]);
  });
});
