import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestSandbox, type TestSandbox } from '@/lib/ecs/test-sandbox';
import { emptyDraft } from '@/lib/invoke/draft';
import { eligibility } from '@/lib/invoke/eligibility';
import { openPayload } from '@/lib/presets/world';

import { lookUpInstances } from './instance-lookup';
import { preflightBatch } from './preflight';

const REGION = 'cn-shanghai';

let t: TestSandbox;
let managed: Map<string, string>;
let web: string;
let classic: string;

beforeAll(async () => {
  t = await startTestSandbox({ seedHistory: false });
  const client = t.client();
  managed = new Map((await client.describeManagedInstances(REGION)).items.map((instance) => [instance.name, instance.instanceId]));
  const webPage = await client.describeInstancesPage(REGION, { name: 'web-prod-*', status: 'Running', maxResults: 1 });
  const classicPage = await client.describeInstancesPage(REGION, { name: 'legacy-batch-01' });
  web = webPage.items[0]?.instanceId ?? '';
  classic = classicPage.items[0]?.instanceId ?? '';
});
afterAll(() => t.close());

const mi = (name: string) => managed.get(name) ?? `missing ${name}`;

describe('looking instances up before a launch', () => {
  it('reads ECS instances through DescribeInstances and managed ones through DescribeManagedInstances, in one list', async () => {
    const found = await lookUpInstances(t.client(), REGION, [web, mi('onprem-web-01'), mi('onprem-legacy-01'), 'mi-sh0nosuchserver', 'i-nosuchinstance'], 'refuse');
    const byId = new Map(found.map((instance) => [instance.instanceId, instance]));
    expect(found).toHaveLength(3);
    expect(byId.get(web)).toMatchObject({ kind: 'ecs', status: 'Running', networkType: 'vpc', agentOnline: true, classicNetwork: 'refuse' });
    expect(byId.get(mi('onprem-web-01'))).toMatchObject({ kind: 'managed', name: 'onprem-web-01', osType: 'linux', agentOnline: true, agentVersion: '2.2.3.612' });
    expect(byId.get(mi('onprem-legacy-01'))).toMatchObject({ kind: 'managed', agentOnline: false });
  });

  it('judges a classic-network instance by the rule it is given: refused in sandbox mode, a warning in live mode', async () => {
    const [refused] = await lookUpInstances(t.client(), REGION, [classic], 'refuse');
    const [warned] = await lookUpInstances(t.client(), REGION, [classic], 'warn');
    expect(refused && eligibility(refused, null)).toMatchObject({ eligible: false, code: 'NetworkNotVpc' });
    expect(warned && eligibility(warned, null)).toMatchObject({ eligible: true, warning: expect.stringContaining('Classic network') });
  });

  it('pages managed IDs by 50 and ECS IDs by 100', async () => {
    await t.forget();
    const ids = [...Array.from({ length: 120 }, (_, n) => `mi-sh0nosuch${n}`), ...Array.from({ length: 150 }, (_, n) => `i-nosuch${n}`)];
    expect(await lookUpInstances(t.client(), REGION, ids, 'refuse')).toEqual([]);
    expect((await t.requests('DescribeManagedInstances')).length).toBe(3);
    expect((await t.requests('DescribeInstances')).length).toBe(2);
  });
});

describe('the check of each batch just before it is sent', () => {
  it('lets a connected managed instance go beside an ECS one, and leaves out the offline and the deregistered with their reasons', async () => {
    const batch = [web, mi('onprem-db-01'), mi('onprem-legacy-01'), 'mi-sh0deregistered1', mi('branch-win-01')];
    const checked = await preflightBatch(t.client(), { region: REGION, commandType: 'RunShellScript', repeatMode: 'Once', frequency: '' }, batch);
    expect(checked.eligible).toEqual([web, mi('onprem-db-01')]);
    expect(checked.skipped).toEqual([
      { instanceId: mi('onprem-legacy-01'), code: 'ClientNotRunning', reason: 'Agent not connected' },
      { instanceId: 'mi-sh0deregistered1', code: 'InvalidInstance.NotFound', reason: 'No longer registered (deregistered)' },
      { instanceId: mi('branch-win-01'), code: 'CommandNotApplicable', reason: 'Windows instance, Linux shell command' },
    ]);
  });
});

describe('a preset or shared link naming managed instances', () => {
  it('keeps a connected one, and says the offline one cannot run now, instead of dropping them as gone', async () => {
    const ecs = t.client();
    const command = (await ecs.describeCommands(REGION, { name: 'health-check.sh' })).items[0];
    const draft = { ...emptyDraft(REGION), commandId: command?.commandId ?? '', instanceIds: [web, mi('onprem-db-01'), mi('onprem-legacy-01')] };
    const opened = await openPayload(ecs, { draft, saved: { commandName: 'health-check.sh' } });
    expect(opened.checkFailed).toBeNull();
    expect(opened.draft.instanceIds).toEqual([web, mi('onprem-db-01'), mi('onprem-legacy-01')]);
    expect(opened.changes).toEqual([{ kind: 'instances-ineligible', instances: [{ instanceId: mi('onprem-legacy-01'), name: 'onprem-legacy-01', reason: 'Agent not connected' }] }]);
  });
});
