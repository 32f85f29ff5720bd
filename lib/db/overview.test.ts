import { randomUUID } from 'node:crypto';

import { beforeAll, expect, it } from 'vitest';

import { type InstanceState, applyInstanceStates } from './launch-instances';
import { listLaunches } from './launch-list';
import { insertLaunch, updateLaunchStatus } from './launches';
import { activeLaunches, dailyOutcomes, recentFailures } from './overview';
import { describeEachDatabase } from './test-databases';

const NOW = new Date('2032-05-15T12:00:00.000Z');

interface Seed {
  name: string;
  createdAt: string;
  status: string;
  repeatMode?: string;
  frequency?: string;
  /** Each instance's status, error code and when its run ended (or started, while it runs). */
  instances: { status: string; error?: string; finish?: string; start?: string; stop?: string }[];
}

/**
 * Launches of several outcomes over several days. The overview's "now" is 2032-05-15 12:00 UTC,
 * so the last 24 hours start at 2032-05-14 12:00 and the 14 days at 2032-05-02.
 */
const SEEDS: Seed[] = [
  {
    name: 'patch-web.sh',
    createdAt: '2032-05-15T09:00:00.000Z',
    status: 'PartialFailed',
    instances: [
      ...Array.from({ length: 3 }, () => ({ status: 'Success', finish: '2032-05-15T09:01:00Z' })),
      ...Array.from({ length: 2 }, () => ({ status: 'Failed', error: 'ExitCodeNonzero', finish: '2032-05-15T09:02:00Z' })),
    ],
  },
  {
    name: 'rotate-logs.sh',
    createdAt: '2032-05-14T20:00:00.000Z',
    status: 'Failed',
    instances: [
      { status: 'Failed', error: 'ExitCodeNonzero', finish: '2032-05-14T20:04:00Z' },
      { status: 'Timeout', error: 'TaskTimeout', finish: '2032-05-14T20:05:00Z' },
      { status: 'Failed', error: 'ExitCodeNonzero', finish: '2032-05-14T20:03:00Z' },
    ],
  },
  {
    name: 'health-check.sh',
    createdAt: '2032-05-10T08:00:00.000Z',
    status: 'PartialFailed',
    instances: [{ status: 'Failed', error: 'ExitCodeNonzero', finish: '2032-05-10T08:01:00Z' }, ...Array.from({ length: 3 }, () => ({ status: 'Success', finish: '2032-05-10T08:01:00Z' }))],
  },
  {
    name: 'backup-db.sh',
    createdAt: '2032-04-01T00:00:00.000Z',
    status: 'Scheduled',
    repeatMode: 'Period',
    frequency: 'rate(1h)',
    instances: [
      { status: 'Failed', error: 'ExitCodeNonzero', finish: '2032-05-15T11:00:05Z' },
      { status: 'Success', finish: '2032-05-15T11:00:03Z' },
      // Between runs: its latest run ended at 10:00.
      { status: 'Scheduled', finish: '2032-05-15T10:00:00Z' },
    ],
  },
  { name: 'deploy.sh', createdAt: '2032-05-15T11:30:00.000Z', status: 'Running', instances: [{ status: 'Running', start: '2032-05-15T11:31:00Z' }, { status: 'Running', start: '2032-05-15T11:31:00Z' }] },
  { name: 'old-cleanup.sh', createdAt: '2032-04-20T00:00:00.000Z', status: 'Success', instances: [{ status: 'Success', finish: '2032-04-20T00:01:00Z' }] },
  { name: 'poll-metrics.sh', createdAt: '2032-03-01T00:00:00.000Z', status: 'Stopped', repeatMode: 'Period', frequency: 'rate(5m)', instances: [{ status: 'Cancelled', stop: '2032-05-12T06:00:00Z' }] },
];

const ids = new Map<string, string>();

describeEachDatabase('the overview', (db) => {
  beforeAll(async () => {
    for (const seed of SEEDS) {
      const id = randomUUID();
      ids.set(seed.name, id);
      const instanceIds = seed.instances.map((_, index) => `i-${seed.name.slice(0, 6)}${index}`);
      await insertLaunch(
        db(),
        {
          id,
          created_at: seed.createdAt,
          created_by: 'u-1',
          created_by_username: 'priya',
          region_id: 'cn-shanghai',
          command_id: `c-${seed.name}`,
          command_name: seed.name,
          command_type: 'RunShellScript',
          repeat_mode: seed.repeatMode ?? 'Once',
          frequency: seed.frequency ?? null,
          instance_count: instanceIds.length,
          batch_count: 1,
          draft: '{}',
          preset_id: null,
          rate_control: null,
          request_template: null,
          secrets_expire_at: null,
        },
        [{ id: randomUUID(), batch_index: 0, client_token: `${id}-b0`, instance_ids: JSON.stringify(instanceIds), secret_box: null }],
      );
      const states = new Map<string, InstanceState>(
        seed.instances.map((instance, index) => [
          instanceIds[index] ?? '',
          {
            status: instance.status,
            exit_code: instance.status === 'Failed' ? 1 : instance.status === 'Success' ? 0 : null,
            error_code: instance.error ?? '',
            error_info: instance.error ? `${instance.error} on ${instanceIds[index]}` : '',
            repeats: 1,
            start_time: instance.start ?? null,
            finish_time: instance.finish ?? null,
            stop_time: instance.stop ?? null,
            dropped: 0,
          },
        ]),
      );
      await applyInstanceStates(db(), id, 0, states, 2);
      await updateLaunchStatus(db(), id, seed.status);
    }
  });

  it('lists what is running or scheduled, newest first, with their outcomes', async () => {
    const active = await activeLaunches(db());
    expect(active.map((launch) => launch.commandName)).toEqual(['deploy.sh', 'backup-db.sh']);
    expect(active[0]?.outcomes).toEqual({ succeeded: 0, failed: 0, running: 2, scheduled: 0, stopped: 0 });
    expect(active[1]).toMatchObject({ repeatMode: 'Period', frequency: 'rate(1h)', status: 'Scheduled', instanceCount: 3, outcomes: { succeeded: 1, failed: 1, running: 0, scheduled: 1, stopped: 0 } });
  });

  it('finds the last day’s failures, latest first, with how many failed and the error most share', async () => {
    const failures = await recentFailures(db(), new Date(NOW.getTime() - 86_400_000));
    expect(failures.map((launch) => launch.commandName)).toEqual(['backup-db.sh', 'patch-web.sh', 'rotate-logs.sh']);
    const [period, patch, rotate] = failures;
    expect(period).toMatchObject({ failed: 1, lastFailureAt: '2032-05-15T11:00:05Z', topError: { code: 'ExitCodeNonzero', count: 1 } });
    expect(patch).toMatchObject({ failed: 2, instanceCount: 5, outcomes: { succeeded: 3, failed: 2, running: 0, scheduled: 0, stopped: 0 } });
    expect(patch?.topError).toEqual({ code: 'ExitCodeNonzero', info: 'ExitCodeNonzero on i-patch-3', count: 2 });
    expect(rotate).toMatchObject({ failed: 3, lastFailureAt: '2032-05-14T20:05:00Z', topError: { code: 'ExitCodeNonzero', count: 2 } });
    expect(await recentFailures(db(), new Date('2032-05-15T11:30:00.000Z'))).toEqual([]);
  });

  it('counts 14 days of runs by outcome on the day each ended, every day present', async () => {
    const days = await dailyOutcomes(db(), NOW);
    expect(days).toHaveLength(14);
    expect(days[0]?.day).toBe('2032-05-02');
    expect(days.at(-1)).toEqual({ day: '2032-05-15', succeeded: 4, failed: 3, running: 2, scheduled: 1, stopped: 0 });
    const byDay = new Map(days.map(({ day, ...counts }) => [day, counts]));
    expect(byDay.get('2032-05-14')).toEqual({ succeeded: 0, failed: 3, running: 0, scheduled: 0, stopped: 0 });
    expect(byDay.get('2032-05-12')).toEqual({ succeeded: 0, failed: 0, running: 0, scheduled: 0, stopped: 1 });
    expect(byDay.get('2032-05-10')).toEqual({ succeeded: 3, failed: 1, running: 0, scheduled: 0, stopped: 0 });
    expect(days.reduce((sum, day) => sum + day.succeeded + day.failed + day.running + day.scheduled + day.stopped, 0)).toBe(18);
  });

  it('gives each row of the invocations list its outcome counts', async () => {
    const { rows } = await listLaunches(db(), { from: '2032-05-10T00:00:00.000Z' }, { limit: 10 });
    const byName = new Map(rows.map((row) => [row.command_name, row.outcomes]));
    expect(byName.get('patch-web.sh')).toEqual({ succeeded: 3, failed: 2, running: 0, scheduled: 0, stopped: 0 });
    expect(byName.get('rotate-logs.sh')).toEqual({ succeeded: 0, failed: 3, running: 0, scheduled: 0, stopped: 0 });
    expect(byName.get('deploy.sh')).toEqual({ succeeded: 0, failed: 0, running: 2, scheduled: 0, stopped: 0 });
  });
});
