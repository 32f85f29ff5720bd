import { expect, it } from 'vitest';

import { claimOutputRead, finishOutputRead, pageOutputGroups, planOutputRead, purgeOutputReads, queueOutputRead, recordOutputStep } from './output-reads';
import { describeEachDatabase } from './test-databases';

const DAY = 24 * 3_600_000;

describeEachDatabase('grouped outputs kept a while', (db) => {
  /** A read of one InvokeId with two groups, finished at `finishedAt`; left reading when null. */
  async function readOne(scope: string, requestedAt: Date, finishedAt: Date | null): Promise<void> {
    expect(await queueOutputRead(db(), { scope, region: 'cn-shanghai', requestedBy: 'tester', now: requestedAt, replacing: null })).toBe(true);
    const claimed = await claimOutputRead(db(), 'reader', requestedAt, new Date(requestedAt.getTime() + 60_000));
    expect(claimed?.scope).toBe(scope);
    expect(await planOutputRead(db(), scope, 'reader', ['t-1'], null)).toBe(true);
    const groups = ['ok', 'disk full'].map((output, index) => ({ hash: `${scope}-${index}`.padEnd(64, '0'), output, dropped: 0, firstSeen: index, members: [{ instanceId: `i-${scope.length}${index}`, status: 'Success' }] }));
    expect(await recordOutputStep(db(), { scope, owner: 'reader', step: 0, until: new Date(requestedAt.getTime() + 60_000), groups })).toBe(true);
    if (finishedAt) expect(await finishOutputRead(db(), scope, 'reader', finishedAt)).toBe(true);
  }

  it('forgets reads finished before the cut-off with their groups and members, and keeps newer and unfinished ones', async () => {
    const now = new Date('2026-06-10T00:00:00Z');
    await readOne('launch:old', new Date(now.getTime() - 9 * DAY), new Date(now.getTime() - 9 * DAY + 60_000));
    await readOne('launch:recent', new Date(now.getTime() - DAY), new Date(now.getTime() - DAY + 60_000));
    await readOne('invoke:t-still-reading', new Date(now.getTime() - 10 * DAY), null);

    expect(await purgeOutputReads(db(), new Date(now.getTime() - 7 * DAY))).toBe(1);
    expect((await pageOutputGroups(db(), 'launch:old', 0, 10, 5)).total).toBe(0);
    expect(await db().selectFrom('output_members').select('instance_id').where('scope', '=', 'launch:old').execute()).toEqual([]);
    expect(await db().selectFrom('output_reads').select('scope').orderBy('scope').execute()).toEqual([{ scope: 'invoke:t-still-reading' }, { scope: 'launch:recent' }]);
    expect((await pageOutputGroups(db(), 'launch:recent', 0, 10, 5)).total).toBe(2);
    expect((await pageOutputGroups(db(), 'invoke:t-still-reading', 0, 10, 5)).total).toBe(2);
    expect(await purgeOutputReads(db(), new Date(now.getTime() - 7 * DAY))).toBe(0);
  });
});
