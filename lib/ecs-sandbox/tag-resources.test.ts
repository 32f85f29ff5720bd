import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from './server';
import { ecsClient, failure } from './testing/clients';
import { testSandbox } from './testing/harness';
import { instanceIds, pick } from './testing/lookup';

let sandbox: RunningSandbox;
let client: ReturnType<typeof ecsClient>;
let instances: Map<string, string>;

beforeAll(async () => {
  sandbox = await testSandbox();
  client = ecsClient(sandbox);
  instances = await instanceIds(client);
});
afterAll(() => sandbox.close());

const tagsOf = async (instanceId: string) => {
  const page = await client.describeInstances(new $Ecs.DescribeInstancesRequest({ regionId: 'cn-shanghai', instanceIds: JSON.stringify([instanceId]) }));
  return page.body?.instances?.instance?.[0]?.tags?.tag?.map((tag) => [tag.tagKey, tag.tagValue]) ?? [];
};

const runOnTags = (tags: Array<{ key: string; value: string }>) =>
  client.runCommand(
    new $Ecs.RunCommandRequest({
      regionId: 'cn-shanghai',
      type: 'RunShellScript',
      commandContent: 'uptime',
      repeatMode: 'DryRun',
      resourceTag: tags.map((tag) => new $Ecs.RunCommandRequestResourceTag(tag)),
    }),
  );

describe('TagResources and UntagResources (ResourceType=instance)', () => {
  it('adds and overwrites tags, so a tag target (ResourceTag.N) reaches the instance at its next call', async () => {
    const id = pick(instances, 'redis-prod-01')[0] ?? '';
    await expect(runOnTags([{ key: 'canary', value: 'wave-1' }])).rejects.toMatchObject({ code: 'MissingParameter' });
    await client.tagResources(new $Ecs.TagResourcesRequest({ regionId: 'cn-shanghai', resourceType: 'instance', resourceId: [id], tag: [new $Ecs.TagResourcesRequestTag({ key: 'canary', value: 'wave-1' }), new $Ecs.TagResourcesRequestTag({ key: 'role', value: 'cache' })] }));
    expect(await tagsOf(id)).toEqual(expect.arrayContaining([['canary', 'wave-1'], ['role', 'cache']]));
    expect((await runOnTags([{ key: 'canary', value: 'wave-1' }])).body?.requestId).toBeTruthy();

    await client.untagResources(new $Ecs.UntagResourcesRequest({ regionId: 'cn-shanghai', resourceType: 'instance', resourceId: [id], tagKey: ['canary'] }));
    expect((await tagsOf(id)).map(([key]) => key)).not.toContain('canary');
  });

  it('refuses unknown instances, other resource types and reserved keys with Alibaba\'s codes', async () => {
    const id = pick(instances, 'redis-prod-02')[0] ?? '';
    const tag = [new $Ecs.TagResourcesRequestTag({ key: 'team', value: 'x' })];
    const missing = await failure(client.tagResources(new $Ecs.TagResourcesRequest({ regionId: 'cn-shanghai', resourceType: 'instance', resourceId: ['i-doesnotexist'], tag })));
    expect([missing.code, missing.statusCode]).toEqual(['InvalidResourceId.NotFound', 404]);
    const disk = await failure(client.tagResources(new $Ecs.TagResourcesRequest({ regionId: 'cn-shanghai', resourceType: 'disk', resourceId: [id], tag })));
    expect(disk.code).toBe('InvalidParameter');
    const reserved = await failure(client.tagResources(new $Ecs.TagResourcesRequest({ regionId: 'cn-shanghai', resourceType: 'instance', resourceId: [id], tag: [new $Ecs.TagResourcesRequestTag({ key: 'acs:owner', value: 'x' })] })));
    expect([reserved.code, reserved.statusCode]).toEqual(['InvalidTagKey.Malformed', 400]);
  });
});
