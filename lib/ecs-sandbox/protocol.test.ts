import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from './server';
import { ecsClient, failure, popClient } from './testing/clients';
import { testSandbox } from './testing/harness';
import { signedV2Url } from './testing/raw-v2';

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await testSandbox();
});
afterAll(() => sandbox.close());

describe('the wire protocol, spoken by three clients', () => {
  it('answers the official SDK signing with V3 (ACS3-HMAC-SHA256)', async () => {
    const response = await ecsClient(sandbox).describeRegions(new $Ecs.DescribeRegionsRequest({ acceptLanguage: 'en-US' }));
    expect(response.statusCode).toBe(200);
    expect(response.body?.requestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(response.body?.regions?.region?.map((region) => region.regionId)).toEqual(['cn-shanghai', 'cn-hangzhou', 'cn-beijing', 'cn-nanjing']);
    expect(response.body?.regions?.region?.[0]).toMatchObject({ localName: 'China (Shanghai)', regionEndpoint: 'ecs.cn-shanghai.aliyuncs.com', status: 'available' });
  });

  it('answers the same SDK in HMAC-SHA1 mode (signatureAlgorithm v2)', async () => {
    const response = await ecsClient(sandbox, { signature: 'v2' }).describeInstances(
      new $Ecs.DescribeInstancesRequest({ regionId: 'cn-shanghai', instanceName: 'web-prod-00*', maxResults: 20 }),
    );
    expect(response.body?.instances?.instance?.map((instance) => instance.instanceName)).toEqual(
      Array.from({ length: 9 }, (_, i) => `web-prod-00${i + 1}`),
    );
  });

  it('answers pop-core with GET and with everything in a POST form body', async () => {
    const client = popClient(sandbox);
    const get = await client.request<{ Commands: { Command: Array<{ Name: string }> } }>('DescribeCommands', { RegionId: 'cn-shanghai', Name: 'patch-*' });
    expect(get.Commands.Command.map((command) => command.Name)).toEqual(['patch-web.sh']);
    const post = await client.request<{ TotalCount: number }>('DescribeInstances', { RegionId: 'cn-shanghai', Tag: [{ Key: 'role', Value: 'web' }, { Key: 'env', Value: 'prod' }] }, { method: 'POST' });
    expect(post.TotalCount).toBe(214);
  });

  it("canonicalises ( ) * ' ! by decoding and re-encoding, whatever the client sent raw", async () => {
    const name = "it's (really) *new*!";
    const created = await ecsClient(sandbox).createCommand(
      new $Ecs.CreateCommandRequest({ regionId: 'cn-shanghai', name, type: 'RunShellScript', commandContent: Buffer.from('echo (hi) *').toString('base64') }),
    );
    const viaPop = await popClient(sandbox).request<{ Commands: { Command: Array<{ Name: string }> } }>('DescribeCommands', { RegionId: 'cn-shanghai', CommandId: created.body?.commandId });
    expect(viaPop.Commands.Command[0]?.Name).toBe(name);
  });

  it('answers XML to a V2 caller that asks for it, or that does not say (the V2 default)', async () => {
    const xml = await fetch(signedV2Url(sandbox, 'GET', { Action: 'DescribeRegions', Format: 'xml' }));
    expect(xml.headers.get('content-type')).toContain('xml');
    const text = await xml.text();
    expect(text).toMatch(/^<\?xml[^>]*>\s*<DescribeRegionsResponse><RequestId>[0-9A-F-]+<\/RequestId><Regions><Region><RegionId>cn-shanghai<\/RegionId>/);
    const byDefault = await fetch(signedV2Url(sandbox, 'GET', { Action: 'DescribeRegions' }));
    expect(await byDefault.text()).toContain('<DescribeRegionsResponse>');
    const error = await fetch(signedV2Url(sandbox, 'GET', { Action: 'DescribeInstances', Format: 'XML' }));
    expect(error.status).toBe(400);
    expect(await error.text()).toMatch(/<Error><RequestId>.*<Code>MissingParameter<\/Code><Message>[^<]*RegionId/);
  });

  it('rejects a wrong signature, an unknown key, a stale timestamp and a reused nonce', async () => {
    const wrong = await failure(ecsClient(sandbox, { accessKeySecret: 'not-the-secret' }).describeRegions(new $Ecs.DescribeRegionsRequest({})));
    expect([wrong.code, wrong.statusCode]).toEqual(['SignatureDoesNotMatch', 400]);
    const wrongV2 = await failure(ecsClient(sandbox, { signature: 'v2', accessKeySecret: 'nope' }).describeRegions(new $Ecs.DescribeRegionsRequest({})));
    expect([wrongV2.code, wrongV2.statusCode]).toEqual(['SignatureDoesNotMatch', 400]);
    const unknown = await failure(ecsClient(sandbox, { accessKeyId: 'LTAIunknown' }).describeRegions(new $Ecs.DescribeRegionsRequest({})));
    expect([unknown.code, unknown.statusCode]).toEqual(['InvalidAccessKeyId.NotFound', 404]);
    const stale = await fetch(signedV2Url(sandbox, 'GET', { Action: 'DescribeRegions', Format: 'JSON' }, { timestamp: new Date(Date.now() - 20 * 60_000) }));
    expect([stale.status, ((await stale.json()) as { Code: string }).Code]).toEqual([400, 'InvalidTimeStamp.Expired']);
    const url = signedV2Url(sandbox, 'GET', { Action: 'DescribeRegions', Format: 'JSON' }, { nonce: 'fixed-nonce-1' });
    expect((await fetch(url)).status).toBe(200);
    const replay = await fetch(url);
    expect([replay.status, ((await replay.json()) as { Code: string }).Code]).toEqual([400, 'SignatureNonceUsed']);
  });

  it('answers unknown actions and missing parameters with the platform codes', async () => {
    const unknown = await fetch(signedV2Url(sandbox, 'GET', { Action: 'DescribeEverything', Format: 'JSON' }));
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { Code: string }).Code).toBe('InvalidApi.NotFound');
    const missing = await failure(ecsClient(sandbox).describeInstances(new $Ecs.DescribeInstancesRequest({})));
    expect(missing).toMatchObject({ code: 'MissingParameter', statusCode: 400 });
    expect(missing.message).toContain('"RegionId"');
    expect(missing.data).toMatchObject({ HostId: 'ecs.aliyuncs.com', Recommend: expect.stringContaining('q=MissingParameter') });
  });
});

describe('STS tokens and large requests', () => {
  it('accepts the configured STS token (V3 header and V2 parameter) and refuses a missing or wrong one', async () => {
    const sts = await testSandbox({ accessKeyId: 'STS.test', accessKeySecret: 'sts-secret', securityToken: 'CAIS-token-123' });
    try {
      const request = new $Ecs.DescribeRegionsRequest({});
      expect((await ecsClient(sts, { securityToken: 'CAIS-token-123' }).describeRegions(request)).statusCode).toBe(200);
      expect((await ecsClient(sts, { securityToken: 'CAIS-token-123', signature: 'v2' }).describeRegions(request)).statusCode).toBe(200);
      expect(await popClient(sts, { securityToken: 'CAIS-token-123' }).request<{ Regions: object }>('DescribeRegions', {})).toHaveProperty('Regions');
      const missing = await failure(ecsClient(sts).describeRegions(request));
      expect([missing.code, missing.statusCode]).toEqual(['MissingParameter', 400]);
      const wrong = await failure(ecsClient(sts, { securityToken: 'CAIS-other' }).describeRegions(request));
      expect([wrong.code, wrong.statusCode]).toEqual(['InvalidSecurityToken.Malformed', 400]);
    } finally {
      await sts.close();
    }
  });

  it('accepts a 40 KB request line (CommandContent travels in the URL)', async () => {
    const roomy = await testSandbox({ limits: { contentBase64Bytes: 24 * 1024 } });
    try {
      // 3-byte characters: 4 bytes of Base64 each but 9 bytes once percent-encoded in the URL.
      const content = `echo "${'中'.repeat(6000)}"`;
      expect(encodeURIComponent(content).length).toBeGreaterThan(40 * 1024);
      const client = ecsClient(roomy);
      const created = await client.createCommand(
        new $Ecs.CreateCommandRequest({ regionId: 'cn-shanghai', name: 'wide', type: 'RunShellScript', contentEncoding: 'PlainText', commandContent: content }),
      );
      const found = await client.describeCommands(new $Ecs.DescribeCommandsRequest({ regionId: 'cn-shanghai', commandId: created.body?.commandId, contentEncoding: 'PlainText' }));
      expect(found.body?.commands?.command?.[0]?.commandContent).toBe(content);
    } finally {
      await roomy.close();
    }
  });
});
