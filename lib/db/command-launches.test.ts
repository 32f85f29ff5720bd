import { randomUUID } from 'node:crypto';

import { beforeAll, expect, it } from 'vitest';

import { listCommandLaunches } from './command-launches';
import { insertLaunch } from './launches';
import { describeEachDatabase } from './test-databases';

/** Six launches a minute apart: two versions of one public command, an own command, another region. */
const LAUNCHES = [
  { minute: 0, command: 'c-cmdl-pub-v1', region: 'cn-shanghai', by: 'kenji' },
  { minute: 1, command: 'c-cmdl-own', region: 'cn-shanghai', by: 'lena' },
  { minute: 2, command: 'c-cmdl-pub-v2', region: 'cn-shanghai', by: 'lena' },
  { minute: 3, command: 'c-cmdl-pub-v2', region: 'cn-hangzhou', by: 'kenji' },
  { minute: 4, command: 'c-cmdl-pub-v2', region: 'cn-shanghai', by: 'kenji' },
  { minute: 5, command: 'c-cmdl-other', region: 'cn-shanghai', by: 'kenji' },
].map((entry) => ({
  id: randomUUID(),
  created_at: `2033-05-01T09:0${entry.minute}:00.000Z`,
  created_by: `u-${entry.by}`,
  created_by_username: entry.by,
  region_id: entry.region,
  command_id: entry.command,
  command_name: entry.command,
  command_type: 'RunShellScript',
  repeat_mode: 'Once',
  frequency: null,
  instance_count: 10 + entry.minute,
  batch_count: 1,
  draft: '{}',
  preset_id: null,
  rate_control: null,
  request_template: null,
  secrets_expire_at: null,
}));

const minutes = (rows: { createdAt: string }[]) => rows.map((row) => Number(row.createdAt.slice(15, 16)));

describeEachDatabase('the launches of a command', (db) => {
  beforeAll(async () => {
    for (const launch of LAUNCHES) {
      await insertLaunch(db(), launch, [{ id: randomUUID(), batch_index: 0, client_token: `${launch.id}-0`, instance_ids: '[]', secret_box: null }]);
    }
  });

  it('lists every version of a command in one region, newest first, with who and how many', async () => {
    const rows = await listCommandLaunches(db(), { regionId: 'cn-shanghai', commandIds: ['c-cmdl-pub-v1', 'c-cmdl-pub-v2'], limit: 10 });
    expect(minutes(rows)).toEqual([4, 2, 0]);
    expect(rows.map((row) => row.commandId)).toEqual(['c-cmdl-pub-v2', 'c-cmdl-pub-v2', 'c-cmdl-pub-v1']);
    expect(rows[0]).toMatchObject({ createdBy: 'kenji', instanceCount: 14, repeatMode: 'Once', outcomes: null });
  });

  it('keeps to one command, one region and the limit', async () => {
    expect(minutes(await listCommandLaunches(db(), { regionId: 'cn-shanghai', commandIds: ['c-cmdl-own'], limit: 10 }))).toEqual([1]);
    expect(minutes(await listCommandLaunches(db(), { regionId: 'cn-hangzhou', commandIds: ['c-cmdl-pub-v2'], limit: 10 }))).toEqual([3]);
    expect(minutes(await listCommandLaunches(db(), { regionId: 'cn-shanghai', commandIds: ['c-cmdl-pub-v2'], limit: 1 }))).toEqual([4]);
    expect(await listCommandLaunches(db(), { regionId: 'cn-shanghai', commandIds: [], limit: 10 })).toEqual([]);
  });
});
