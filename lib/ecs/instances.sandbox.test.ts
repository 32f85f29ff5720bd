import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { EcsError } from './errors';
import { startTestSandbox, type TestSandbox } from './test-sandbox';
import type { EcsInstanceWithAgent } from './types';

const REGION = 'cn-shanghai';
const FLEET = 450;

interface SeededInstance {
  instanceId: string;
  instanceName: string;
  osType: string;
  networkType: string;
  vpcId: string;
  privateIp: string;
  tags: Array<{ key: string; value: string }>;
  status: string;
  securityGroupId: string;
}

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox({ instances: FLEET });
});
afterAll(() => t.close());
beforeEach(() => t.forget());

async function allInstances(): Promise<{ items: EcsInstanceWithAgent[]; pages: number }> {
  const client = t.client();
  const items: EcsInstanceWithAgent[] = [];
  let nextToken: string | null = null;
  let pages = 0;
  do {
    const page = await client.listInstancesWithAgentPage(REGION, nextToken);
    expect(page.items.length).toBeLessThanOrEqual(100);
    items.push(...page.items);
    nextToken = page.nextToken;
    pages += 1;
  } while (nextToken && pages < 20);
  return { items, pages };
}

describe('DescribeRegions', () => {
  it('lists regions with English names, endpoints and status, with the RequestId the sandbox logged', async () => {
    const { regions, requestId } = await t.client().describeRegions();
    expect(regions).toContainEqual({
      regionId: 'cn-shanghai',
      localName: 'China (Shanghai)',
      endpoint: 'ecs.cn-shanghai.aliyuncs.com',
      status: 'available',
    });
    const [logged] = await t.requests('DescribeRegions');
    // V3 (ACS3-HMAC-SHA256) signing, the SDK's default, is what the app sends.
    expect(logged).toMatchObject({ requestId, code: 'OK', signature: 'v3', params: { AcceptLanguage: 'en-US' } });
  });
});

describe('DescribeInstances and the agent status, page by page', () => {
  it('pages through every instance of a large region, each merged with its agent status', async () => {
    const { items, pages } = await allInstances();
    expect(pages).toBe(Math.ceil(FLEET / 100));
    expect(new Set(items.map((instance) => instance.instanceId)).size).toBe(FLEET);
    // Two status batches of 50 per page of 100.
    expect(await t.requests('DescribeCloudAssistantStatus')).toHaveLength(pages * 2 - (FLEET % 100 <= 50 ? 1 : 0));
    for (const instance of items) {
      if (instance.agent) {
        expect(instance.agentOnline).toBe(instance.agent.online);
        expect(instance.agentVersion).toBe(instance.agent.version);
        expect(instance.agent.osType).toBe(instance.osType);
      }
    }
    expect(items.some((instance) => instance.osType === 'windows')).toBe(true);
    expect(items.some((instance) => instance.agentOnline)).toBe(true);
    expect(items.some((instance) => !instance.agentOnline)).toBe(true);
  });

  it('maps every field from the API’s nesting (VpcAttributes, Tags.Tag, SecurityGroupIds…)', async () => {
    const page = await t.client().describeInstancesPage(REGION, { maxResults: 10 });
    const instance = page.items[0];
    expect(instance).toBeDefined();
    if (!instance) return;
    const seeded = await t.control<SeededInstance>('GET', `/_sandbox/instances/${instance.instanceId}`);
    expect(instance).toMatchObject({
      name: seeded.instanceName,
      osType: seeded.osType,
      networkType: seeded.networkType,
      vpcId: seeded.networkType === 'vpc' ? seeded.vpcId : '',
      privateIpAddresses: [seeded.privateIp],
      tags: seeded.tags,
      status: seeded.status,
      securityGroupIds: [seeded.securityGroupId],
      regionId: REGION,
    });
    expect(instance.creationTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/);
    expect(page.requestId).not.toBe('');
  });

  it('filters by status, name wildcard, tag and IDs', async () => {
    const client = t.client();
    const stopped = await client.describeInstancesPage(REGION, { status: 'Stopped' });
    expect(stopped.items.length).toBeGreaterThan(0);
    expect(stopped.items.every((instance) => instance.status === 'Stopped')).toBe(true);
    const web = await client.describeInstancesPage(REGION, { name: 'web-*' });
    expect(web.items.length).toBeGreaterThan(0);
    expect(web.items.every((instance) => instance.name.startsWith('web-'))).toBe(true);
    const prod = await client.describeInstancesPage(REGION, { tags: [{ key: 'env', value: 'prod' }] });
    expect(prod.items.every((instance) => instance.tags.some((tag) => tag.key === 'env' && tag.value === 'prod'))).toBe(true);
    const ids = stopped.items.slice(0, 3).map((instance) => instance.instanceId);
    const byId = await client.describeInstancesPage(REGION, { instanceIds: ids });
    expect(byId.items.map((instance) => instance.instanceId).sort()).toEqual([...ids].sort());
  });

  it('refuses more than 100 IDs before sending anything', async () => {
    const ids = Array.from({ length: 101 }, (_, index) => `i-${index}`);
    const error = await t.client().describeInstancesPage(REGION, { instanceIds: ids }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EcsError);
    expect(error).toMatchObject({ code: 'InvalidParameter', status: 400, retryable: false });
    expect(await t.requests('DescribeInstances')).toHaveLength(0);
  });

  it('asks DescribeCloudAssistantStatus in batches of at most 50 IDs', async () => {
    const page = await t.client().describeInstancesPage(REGION, { maxResults: 100 });
    const more = await t.client().describeInstancesPage(REGION, { maxResults: 20, nextToken: page.nextToken });
    const ids = [...page.items, ...more.items].map((instance) => instance.instanceId);
    await t.forget();
    const { items, requestIds } = await t.client().describeCloudAssistantStatus(REGION, ids);
    expect(items.map((status) => status.instanceId).sort()).toEqual([...ids].sort());
    const calls = await t.requests('DescribeCloudAssistantStatus');
    expect(calls.map((call) => call.requestId).sort()).toEqual([...requestIds].sort());
    expect(calls.map((call) => Object.keys(call.params).filter((key) => key.startsWith('InstanceId.')).length).sort()).toEqual([20, 50, 50]);
  });
});

describe('RebootInstance', () => {
  it('reboots a running instance once and reports a refused second reboot without retrying it', async () => {
    const running = await t.client().describeInstancesPage(REGION, { status: 'Running', maxResults: 10 });
    const instanceId = running.items[0]?.instanceId ?? '';
    const { requestId } = await t.client().rebootInstance(REGION, instanceId);
    expect(requestId).not.toBe('');
    const error = await t.client().rebootInstance(REGION, instanceId).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'IncorrectInstanceStatus', status: 403, retryable: false });
    expect(await t.requests('RebootInstance')).toHaveLength(2);
  });
});
