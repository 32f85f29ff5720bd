import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type EcsClient } from './client';
import { EcsError } from './errors';
import { discoveredRegions, fixedRegions } from './region-guard';
import { startTestSandbox, type TestSandbox } from './test-sandbox';

/**
 * The SDK builds the API host from the region: a region the deployment is not set up for, or
 * one that is not a region ID at all, must be refused at the door with nothing sent.
 */
let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox.close();
});

async function refusal(call: Promise<unknown>): Promise<string> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(EcsError);
  return (error as EcsError).code;
}

describe('the region guard at the ECS door', () => {
  it('refuses a region outside the configured ones, and a malformed one, before anything is signed or sent', async () => {
    const client: EcsClient = sandbox.client({ regions: fixedRegions(['cn-shanghai']), defaultRegion: 'cn-shanghai' });
    await sandbox.forget();
    expect(await refusal(client.describeInstancesPage('cn-beijing'))).toBe('RegionNotAllowed');
    for (const hostile of ['evil.example.com', 'cn-shanghai.evil.example', 'cn-shanghai/..', 'cn-shanghai\r\nHost: evil', 'x'.repeat(500)]) {
      expect(await refusal(client.describeCommands(hostile)), hostile).toBe('InvalidRegionId.Malformed');
    }
    expect(await sandbox.requests()).toEqual([]);
    expect((await client.describeInstancesPage('cn-shanghai', { maxResults: 10 })).items.length).toBeGreaterThan(0);
  });

  it('learns the sandbox’s regions once, asking the default region, and keeps them', async () => {
    const holder: { client?: EcsClient } = {};
    const regions = discoveredRegions(async () => ((await (holder.client as EcsClient).describeRegions()).regions.map((region) => region.regionId)));
    holder.client = sandbox.client({ regions, defaultRegion: 'cn-hangzhou' });
    await sandbox.forget();
    expect(await regions.regions()).toEqual(expect.arrayContaining(['cn-shanghai', 'cn-beijing']));
    expect(await regions.allows('us-west-1')).toBe(false);
    expect(await refusal(holder.client.describeCommands('us-west-1'))).toBe('RegionNotAllowed');
    await holder.client.describeCommands('cn-beijing', { maxResults: 1 });
    expect((await sandbox.requests()).map((request) => request.action)).toEqual(['DescribeRegions', 'DescribeCommands']);
  });

  it('asks again after a failed read instead of refusing every region until a restart', async () => {
    let calls = 0;
    const regions = discoveredRegions(() => (++calls === 1 ? Promise.reject(new Error('down')) : Promise.resolve(['cn-shanghai'])));
    await expect(regions.allows('cn-shanghai')).rejects.toThrow('down');
    expect(await regions.allows('cn-shanghai')).toBe(true);
    expect(calls).toBe(2);
  });
});
