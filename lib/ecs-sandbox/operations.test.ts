import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from './server';
import { ecsClient, failure, popClient } from './testing/clients';
import { advance, testSandbox } from './testing/harness';
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

const describeInstances = (fields: Partial<$Ecs.DescribeInstancesRequest>) =>
  client.describeInstances(new $Ecs.DescribeInstancesRequest({ regionId: 'cn-shanghai', maxResults: 100, ...fields }));

describe('DescribeInstances', () => {
  it('seeds journey 1: 212 eligible Linux web servers tagged env=prod, role=web, plus 2 Stopped', async () => {
    const tag = [new $Ecs.DescribeInstancesRequestTag({ key: 'env', value: 'prod' }), new $Ecs.DescribeInstancesRequestTag({ key: 'role', value: 'web' })];
    const running = await describeInstances({ tag, status: 'Running' });
    const stopped = await describeInstances({ tag, status: 'Stopped' });
    expect([running.body?.totalCount, stopped.body?.totalCount]).toEqual([212, 2]);
    const first = running.body?.instances?.instance?.[0];
    expect(first).toMatchObject({ OSType: 'linux', instanceNetworkType: 'vpc', regionId: 'cn-shanghai' });
    expect(first?.instanceId).toMatch(/^i-uf6[a-z0-9]{17}$/);
    expect(first?.vpcAttributes?.privateIpAddress?.ipAddress?.[0]).toMatch(/^172\.16\.\d+\.\d+$/);
    expect(first?.creationTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/);
    expect(first?.tags?.tag?.map((t) => `${t.tagKey}=${t.tagValue}`)).toEqual(expect.arrayContaining(['env=prod', 'role=web', 'team=storefront']));
    const status = await client.describeCloudAssistantStatus(
      new $Ecs.DescribeCloudAssistantStatusRequest({ regionId: 'cn-shanghai', instanceId: (running.body?.instances?.instance ?? []).slice(0, 50).map((i) => i.instanceId ?? '') }),
    );
    expect(status.body?.instanceCloudAssistantStatusSet?.instanceCloudAssistantStatus?.every((s) => s.cloudAssistantStatus === 'true')).toBe(true);
  });

  it('filters by InstanceIds (a JSON array), InstanceName with *, network type, and pages with NextToken', async () => {
    const ids = pick(instances, 'web-prod-001', 'db-prod-01');
    const byIds = await describeInstances({ instanceIds: JSON.stringify(ids) });
    expect(byIds.body?.instances?.instance?.map((i) => i.instanceName)).toEqual(['web-prod-001', 'db-prod-01']);
    const byName = await describeInstances({ instanceName: '*-prod-0?', maxResults: 10 });
    expect(byName.body?.totalCount).toBe(0);
    const windows = await describeInstances({ instanceName: 'win-app-prod-*' });
    expect(windows.body?.instances?.instance?.every((i) => i.OSType === 'windows')).toBe(true);
    const classic = await describeInstances({ instanceNetworkType: 'classic' });
    expect(classic.body?.instances?.instance?.map((i) => i.instanceName)).toEqual(Array.from({ length: 8 }, (_, i) => `legacy-batch-0${i + 1}`));
    const seen = new Set<string>();
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await describeInstances({ maxResults: 100, nextToken: token });
      for (const instance of page.body?.instances?.instance ?? []) seen.add(instance.instanceId ?? '');
      token = page.body?.nextToken || undefined;
      pages++;
    } while (token);
    expect([seen.size, pages]).toEqual([360, 4]);
    const bad = await failure(describeInstances({ instanceIds: 'i-1,i-2' }));
    expect([bad.code, bad.statusCode]).toEqual(['InvalidParameter', 400]);
  });

  it('grows the default region with SANDBOX_INSTANCES: 10,000 instances, filtered and paged', async () => {
    const big = await testSandbox({ instances: 10_000 });
    try {
      const bigClient = ecsClient(big);
      const page = await bigClient.describeInstances(
        new $Ecs.DescribeInstancesRequest({ regionId: 'cn-shanghai', maxResults: 100, tag: [new $Ecs.DescribeInstancesRequestTag({ key: 'env', value: 'dev' })] }),
      );
      expect(page.body?.totalCount).toBeGreaterThan(1500);
      const all = await bigClient.describeInstances(new $Ecs.DescribeInstancesRequest({ regionId: 'cn-shanghai' }));
      expect(all.body?.totalCount).toBe(10_000);
      const prodWeb = await bigClient.describeInstances(
        new $Ecs.DescribeInstancesRequest({ regionId: 'cn-shanghai', tag: [new $Ecs.DescribeInstancesRequestTag({ key: 'env', value: 'prod' }), new $Ecs.DescribeInstancesRequestTag({ key: 'role', value: 'web' })] }),
      );
      expect(prodWeb.body?.totalCount).toBe(214);
    } finally {
      await big.close();
    }
  });
});

describe('DescribeCloudAssistantStatus', () => {
  it('answers "true"/"false" strings, capitalised OSType and the agent version', async () => {
    const ids = pick(instances, 'web-prod-001', 'web-prod-037', 'worker-prod-07', 'worker-prod-11', 'win-app-prod-01', 'build-01');
    const response = await client.describeCloudAssistantStatus(new $Ecs.DescribeCloudAssistantStatusRequest({ regionId: 'cn-shanghai', instanceId: ids }));
    const rows = response.body?.instanceCloudAssistantStatusSet?.instanceCloudAssistantStatus ?? [];
    const byId = new Map(rows.map((row) => [row.instanceId, row]));
    const get = (name: string) => byId.get(pick(instances, name)[0]);
    expect(get('web-prod-001')).toMatchObject({ cloudAssistantStatus: 'true', OSType: 'Linux', cloudAssistantVersion: '2.2.3.857', supportSessionManager: true });
    expect(get('web-prod-037')?.cloudAssistantStatus).toBe('false');
    expect(get('worker-prod-07')).toMatchObject({ cloudAssistantStatus: 'true', cloudAssistantVersion: '2.2.1.124' });
    expect(get('worker-prod-11')?.cloudAssistantStatus).toBe('false');
    expect(get('win-app-prod-01')?.OSType).toBe('Windows');
    expect(get('build-01')).toMatchObject({ cloudAssistantStatus: 'false', cloudAssistantVersion: '' });
    const paged = await client.describeCloudAssistantStatus(new $Ecs.DescribeCloudAssistantStatusRequest({ regionId: 'cn-shanghai', OSType: 'Windows', maxResults: 5 }));
    expect(paged.body?.instanceCloudAssistantStatusSet?.instanceCloudAssistantStatus).toHaveLength(5);
    expect(paged.body?.nextToken).not.toBe('');
  });
});

describe('commands', () => {
  it('lists seeded commands of every type with ParameterNames, definitions and defaults, paged', async () => {
    const all = await client.describeCommands(new $Ecs.DescribeCommandsRequest({ regionId: 'cn-shanghai', maxResults: 50 }));
    const commands = all.body?.commands?.command ?? [];
    expect(new Set(commands.map((command) => command.type))).toEqual(new Set(['RunShellScript', 'RunBatScript', 'RunPowerShellScript']));
    const patch = commands.find((command) => command.name === 'patch-web.sh');
    expect(patch?.parameterNames?.parameterName).toEqual(['packages', 'image_tag', 'registry_token']);
    expect(patch?.parameterDefinitions?.parameterDefinition?.find((d) => d.parameterName === 'packages')).toMatchObject({ defaultValue: 'nginx openssl', required: false });
    expect(patch?.enableParameter).toBe(true);
    expect(Buffer.from(patch?.commandContent ?? '', 'base64').toString()).toContain('{{registry_token}}');
    const rotate = commands.find((command) => command.name === 'rotate-logs.sh');
    expect(rotate?.parameterDefinitions?.parameterDefinition?.filter((d) => d.defaultValue !== undefined)).toHaveLength(4);
    const first = await client.describeCommands(new $Ecs.DescribeCommandsRequest({ regionId: 'cn-shanghai', maxResults: 3 }));
    const second = await client.describeCommands(new $Ecs.DescribeCommandsRequest({ regionId: 'cn-shanghai', maxResults: 3, nextToken: first.body?.nextToken }));
    expect(first.body?.commands?.command?.map((c) => c.name)).toEqual(commands.slice(0, 3).map((c) => c.name));
    expect(second.body?.commands?.command?.map((c) => c.name)).toEqual(commands.slice(3, 6).map((c) => c.name));
    const plain = await client.describeCommands(new $Ecs.DescribeCommandsRequest({ regionId: 'cn-shanghai', name: '*.ps1', contentEncoding: 'PlainText', type: 'RunPowerShellScript' }));
    expect(plain.body?.commands?.command?.map((c) => c.name).sort()).toEqual(['deploy-service.ps1', 'disk-usage.ps1']);
    expect(plain.body?.commands?.command?.[0]?.commandContent).toContain('$env:COMPUTERNAME');
    const byId = await client.describeCommands(new $Ecs.DescribeCommandsRequest({ regionId: 'cn-shanghai', commandId: patch?.commandId }));
    expect(byId.body?.totalCount).toBe(1);
  });

  it('creates (Base64 by default, or PlainText) and deletes commands', async () => {
    const created = await client.createCommand(
      new $Ecs.CreateCommandRequest({ regionId: 'cn-shanghai', name: 'greet', type: 'RunShellScript', enableParameter: true, timeout: 90, commandContent: Buffer.from('echo hello {{name}}').toString('base64') }),
    );
    const commandId = created.body?.commandId ?? '';
    expect(commandId).toMatch(/^c-sh0[a-z0-9]{12}$/);
    const found = await client.describeCommands(new $Ecs.DescribeCommandsRequest({ regionId: 'cn-shanghai', commandId, contentEncoding: 'PlainText' }));
    expect(found.body?.commands?.command?.[0]).toMatchObject({ commandContent: 'echo hello {{name}}', timeout: 90, enableParameter: true, workingDir: '/root' });
    expect(found.body?.commands?.command?.[0]?.parameterNames?.parameterName).toEqual(['name']);
    const notBase64 = await failure(client.createCommand(new $Ecs.CreateCommandRequest({ regionId: 'cn-shanghai', name: 'x', type: 'RunShellScript', commandContent: 'echo hi!' })));
    expect([notBase64.code, notBase64.statusCode]).toEqual(['InvalidParameter', 400]);
    const tooBig = await failure(
      client.createCommand(new $Ecs.CreateCommandRequest({ regionId: 'cn-shanghai', name: 'big', type: 'RunShellScript', contentEncoding: 'PlainText', commandContent: 'x'.repeat(13_000) })),
    );
    expect([tooBig.code, tooBig.statusCode]).toEqual(['CmdContent.ExceedLimit', 403]);
    await client.deleteCommand(new $Ecs.DeleteCommandRequest({ regionId: 'cn-shanghai', commandId }));
    const gone = await failure(client.deleteCommand(new $Ecs.DeleteCommandRequest({ regionId: 'cn-shanghai', commandId })));
    expect([gone.code, gone.statusCode]).toEqual(['InvalidCmdId.NotFound', 404]);
  });
});

describe('instance power operations (no RegionId: instance IDs are global)', () => {
  it('stops, starts, reboots and releases, refusing a wrong status', async () => {
    const [id] = pick(instances, 'dev-01');
    const status = async () => (await describeInstances({ instanceIds: JSON.stringify([id]) })).body?.instances?.instance?.[0]?.status;
    const wrong = await failure(client.startInstance(new $Ecs.StartInstanceRequest({ instanceId: id })));
    expect([wrong.code, wrong.statusCode]).toEqual(['IncorrectInstanceStatus', 403]);
    await client.stopInstance(new $Ecs.StopInstanceRequest({ instanceId: id }));
    await advance(sandbox, '10s');
    expect(await status()).toBe('Stopped');
    await popClient(sandbox).request('StartInstance', { InstanceId: id });
    expect(await status()).toBe('Starting');
    await advance(sandbox, '10s');
    expect(await status()).toBe('Running');
    const running = await failure(client.deleteInstance(new $Ecs.DeleteInstanceRequest({ instanceId: id })));
    expect(running.code).toBe('IncorrectInstanceStatus');
    await client.deleteInstance(new $Ecs.DeleteInstanceRequest({ instanceId: id, force: true }));
    expect(await status()).toBeUndefined();
    const missing = await failure(client.rebootInstance(new $Ecs.RebootInstanceRequest({ instanceId: id })));
    expect([missing.code, missing.statusCode]).toEqual(['InvalidInstanceId.NotFound', 404]);
  });
});
