import { afterAll, beforeAll, expect, it } from 'vitest';

import { type SessionUser } from '@/lib/auth/sessions';
import { describeEachDatabase } from '@/lib/db/test-databases';
import { type EcsClient } from '@/lib/ecs';
import { prodWebFleet, startTestSandbox, type TestSandbox } from '@/lib/ecs/test-sandbox';
import { emptyDraft } from '@/lib/invoke/draft';
import { launch } from '@/lib/launches/launch';
import { requestOutputRead } from '@/lib/launches/output-read';
import { testEngine } from '@/lib/launches/test-engine';

import { parseCsv } from './csv-read';
import { exportLaunchResults, launchResultsQuery } from './launch-results';

/**
 * A launch's results taken away, against the real sandbox over HTTP, on SQLite and on
 * PostgreSQL: every instance with its name (one DescribeInstances per 100 instances), the
 * failures with their exit code, the outputs as read, and names left empty (and said so)
 * when ECS does not answer, instead of a file cut short.
 */
const operator: SessionUser = { userId: '00000000-0000-4000-8000-0000000000e1', username: 'priya', displayName: 'Priya', role: 'operator' };
const REGION = 'cn-shanghai';

let t: TestSandbox;
let ecs: EcsClient;
let web: { instanceId: string; name: string }[] = [];
let patchWeb = '';

beforeAll(async () => {
  t = await startTestSandbox({ limits: { dailyInvocations: 1_000_000 } });
  ecs = t.client({ maxAttempts: 1 });
  web = await prodWebFleet(ecs, REGION);
  patchWeb = (await ecs.describeCommands(REGION, { name: 'patch-web.sh' })).items[0]?.commandId ?? '';
});

afterAll(async () => {
  await t.close();
});

function rows(text: string): Record<string, string>[] {
  const [header = [], ...records] = parseCsv(text);
  return records.map((record) => Object.fromEntries(header.map((name, index) => [name, record[index] ?? ''])));
}

describeEachDatabase('launch results export', (db) => {
  let launchId = '';
  const nameOf = (instanceId: string) => web.find((item) => item.instanceId === instanceId)?.name;

  beforeAll(async () => {
    const engine = testEngine(db(), ecs);
    launchId = crypto.randomUUID();
    const parameters = [
      { name: 'packages', value: 'nginx', secret: false },
      { name: 'image_tag', value: 'stable', secret: false },
      { name: 'registry_token', value: 'tok-results-export', secret: true },
    ];
    // web-prod-001…120 in three batches; 019, 064 and 101 have full disks and fail with exit code 100.
    await launch(engine.deps, operator, { launchId, draft: { ...emptyDraft(REGION), commandId: patchWeb, instanceIds: web.slice(0, 120).map((item) => item.instanceId), parameters } });
    await engine.dispatchAll();
    await t.control('POST', '/_sandbox/clock', { advance: '10m' });
    await engine.observe(launchId);
    await requestOutputRead(db(), operator, { launchId });
    await engine.readOutputs();
  });

  it('writes every instance once, named, with its status, exit code and error; one DescribeInstances per 100 instances', async () => {
    await t.forget();
    const response = await exportLaunchResults(db(), ecs, launchId, launchResultsQuery.parse({ format: 'csv' }), new Date());
    const text = (await response?.text()) ?? '';
    expect((await t.requests('DescribeInstances')).length).toBe(2);
    const all = rows(text);
    expect(all.map((row) => row.instance_id).sort()).toEqual(web.slice(0, 120).map((item) => item.instanceId).sort());
    expect(all.every((row) => row.name === nameOf(row.instance_id ?? ''))).toBe(true);
    const failed = all.filter((row) => row.status === 'Failed');
    expect(failed.map((row) => row.name).sort()).toEqual(['web-prod-019', 'web-prod-064', 'web-prod-101']);
    expect(failed.every((row) => row.exit_code === '100' && row.error_code === 'ExitCodeNonzero')).toBe(true);
    expect(new Set(all.map((row) => row.batch))).toEqual(new Set(['1', '2', '3']));
    expect(all.every((row) => /^t-/.test(row.invoke_id ?? ''))).toBe(true);
    expect(text).not.toContain('tok-results-export');
  });

  it('with output=1, each instance has its output as read, its own identifiers back in it', async () => {
    const response = await exportLaunchResults(db(), ecs, launchId, launchResultsQuery.parse({ format: 'json', output: '1' }), new Date());
    const body = (await response?.json()) as { outputRead: { status: string }; count: number; instances: { instanceId: string; name: string; status: string; output: string | null }[] };
    expect(body.outputRead.status).toBe('done');
    expect(body.count).toBe(120);
    const full = body.instances.find((instance) => instance.name === 'web-prod-019');
    expect(full?.output).toContain("E: You don't have enough free space");
    expect(body.instances.every((instance) => typeof instance.output === 'string' && !instance.output.includes('‹'))).toBe(true);
    expect(JSON.stringify(body)).not.toContain('tok-results-export');
  });

  it('when ECS does not answer for the names, the file is whole, the names empty, and JSON says why', async () => {
    await t.faults({ DescribeInstances: { internalError: 1 } });
    try {
      const response = await exportLaunchResults(db(), ecs, launchId, launchResultsQuery.parse({ format: 'json' }), new Date());
      const body = (await response?.json()) as { count: number; warnings: string[]; instances: { name: string | null }[] };
      expect(body.count).toBe(120);
      expect(body.instances.every((instance) => instance.name === null)).toBe(true);
      expect(body.warnings).toEqual([expect.stringMatching(/names/)]);
    } finally {
      await t.faults({});
    }
  });

  it('answers null for a launch it does not know', async () => {
    expect(await exportLaunchResults(db(), ecs, crypto.randomUUID(), launchResultsQuery.parse({}), new Date())).toBeNull();
  });
});
