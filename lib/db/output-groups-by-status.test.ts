import { expect, it } from 'vitest';

import { pageOutputGroupsByStatus, pageOutputMembersByStatus } from './output-groups-by-status';
import { claimOutputRead, finishOutputRead, planOutputRead, queueOutputRead, recordOutputStep } from './output-reads';
import { describeEachDatabase } from './test-databases';

const hash = (name: string) => name.padEnd(64, '0');

describeEachDatabase('grouped outputs narrowed to statuses', (db) => {
  const scope = 'launch:00000000-0000-4000-8000-00000000f00d';
  const now = new Date('2026-12-07T08:00:00Z');
  const later = new Date(now.getTime() + 60_000);
  // 5 hosts said "ok" (4 Success, 1 Cancelled), 3 failed with "disk full", 1 timed out with "still patching".
  const groups = [
    { hash: hash('a'), output: 'ok', dropped: 0, firstSeen: 0, members: ['i-1', 'i-2', 'i-3', 'i-4'].map((instanceId) => ({ instanceId, status: 'Success' })).concat([{ instanceId: 'i-5', status: 'Cancelled' }]) },
    { hash: hash('b'), output: 'disk full', dropped: 0, firstSeen: 5, members: ['i-6', 'i-7', 'i-8'].map((instanceId) => ({ instanceId, status: 'Failed' })) },
    { hash: hash('c'), output: 'still patching', dropped: 0, firstSeen: 8, members: [{ instanceId: 'i-9', status: 'Timeout' }] },
  ];

  it('records a read to narrow', async () => {
    expect(await queueOutputRead(db(), { scope, region: 'cn-shanghai', requestedBy: 'tester', now, replacing: null })).toBe(true);
    expect((await claimOutputRead(db(), 'reader', now, later))?.scope).toBe(scope);
    expect(await planOutputRead(db(), scope, 'reader', ['t-1'], 1)).toBe(true);
    expect(await recordOutputStep(db(), { scope, owner: 'reader', step: 0, until: later, groups })).toBe(true);
    expect(await finishOutputRead(db(), scope, 'reader', later)).toBe(true);
  });

  it('shows only groups with a member in the statuses, each counting only those members', async () => {
    const page = await pageOutputGroupsByStatus(db(), scope, ['Failed', 'Timeout', 'Cancelled'], 0, 10, 20);
    expect(page.total).toBe(3);
    expect(page.instances).toBe(5);
    expect(page.groups.map((group) => [group.output, group.instance_count, JSON.parse(group.status_counts) as unknown, group.instance_ids])).toEqual([
      ['disk full', 3, { Failed: 3 }, ['i-6', 'i-7', 'i-8']],
      ['ok', 1, { Cancelled: 1 }, ['i-5']],
      ['still patching', 1, { Timeout: 1 }, ['i-9']],
    ]);
  });

  it('pages the narrowed groups and leaves out a status nobody is in', async () => {
    const second = await pageOutputGroupsByStatus(db(), scope, ['Failed', 'Timeout', 'Cancelled'], 2, 2, 20);
    expect(second.groups.map((group) => group.output)).toEqual(['still patching']);
    expect(await pageOutputGroupsByStatus(db(), scope, ['Aborted'], 0, 10, 20)).toEqual({ total: 0, instances: 0, groups: [] });
  });

  it('lists a group’s members in the statuses only', async () => {
    expect(await pageOutputMembersByStatus(db(), scope, hash('a'), ['Cancelled'], 0, 100)).toEqual({ total: 1, members: [{ instanceId: 'i-5', status: 'Cancelled' }] });
    expect(await pageOutputMembersByStatus(db(), scope, hash('a'), ['Success'], 2, 100)).toEqual({ total: 4, members: [{ instanceId: 'i-3', status: 'Success' }, { instanceId: 'i-4', status: 'Success' }] });
    expect(await pageOutputMembersByStatus(db(), scope, hash('z'), ['Failed'], 0, 100)).toBeNull();
  });
});
