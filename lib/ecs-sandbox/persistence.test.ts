import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, describe, expect, it } from 'vitest';
import { ecsClient } from './testing/clients';
import { advance, control, temporaryDir, testSandbox } from './testing/harness';
import { invocation, invocationParameters } from './testing/invocations';
import { commandIds, instanceIds, pick } from './testing/lookup';

const dir = temporaryDir();
afterAll(() => dir.remove());

describe('state survives a restart', () => {
  it('keeps an invocation, a stopped instance and the clock; the run keeps progressing', async () => {
    const first = await testSandbox({ dataDir: dir.path });
    const client = ecsClient(first);
    const ids = await instanceIds(client);
    const commands = await commandIds(client);
    const invoked = await client.invokeCommand(
      new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', commandId: commands.get('patch-web.sh'), instanceId: pick(ids, 'web-prod-030', 'web-prod-031'), parameters: { registry_token: 't' } }),
    );
    const invokeId = invoked.body?.invokeId ?? '';
    await client.stopInstance(new $Ecs.StopInstanceRequest({ instanceId: pick(ids, 'db-prod-03')[0] }));
    await advance(first, '500ms');
    const clockBefore = (await control<{ nowMs: number }>(first, 'GET', '/_sandbox/clock')).body.nowMs;
    expect((await invocation(client, invokeId)).invocationStatus).toBe('Pending');
    await first.close();

    const second = await testSandbox({ dataDir: dir.path });
    try {
      const again = ecsClient(second);
      expect((await control<{ nowMs: number }>(second, 'GET', '/_sandbox/clock')).body.nowMs).toBe(clockBefore);
      expect((await invocation(again, invokeId)).invocationStatus).toBe('Pending');
      await advance(second, '1m');
      const done = await invocation(again, invokeId);
      expect(done.invocationStatus).toBe('Success');
      expect(done.instances).toHaveLength(2);
      const db = await again.describeInstances(new $Ecs.DescribeInstancesRequest({ regionId: 'cn-shanghai', instanceName: 'db-prod-03' }));
      expect(db.body?.instances?.instance?.[0]?.status).toBe('Stopped');
    } finally {
      await second.close();
    }
  });
});

const mode = (path: string) => statSync(path).mode & 0o777;

describe.skipIf(process.platform === 'win32')('state files are readable by their owner only', () => {
  it('creates the data directory 0700 and state.json 0600', async () => {
    const dataDir = join(dir.path, 'fresh', 'sandbox');
    const sandbox = await testSandbox({ dataDir });
    await sandbox.close();
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(join(dataDir, 'state.json'))).toBe(0o600);
  });

  it('tightens a directory and a state file left open to others, as it starts', async () => {
    const dataDir = join(dir.path, 'loose');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    writeFileSync(join(dataDir, 'state.json'), '{}');
    chmodSync(join(dataDir, 'state.json'), 0o644);
    const sandbox = await testSandbox({ dataDir });
    try {
      expect([mode(dataDir), mode(join(dataDir, 'state.json'))]).toEqual([0o700, 0o600]);
    } finally {
      await sandbox.close();
    }
    expect(mode(join(dataDir, 'state.json'))).toBe(0o600);
  });
});

describe('parameter values stay in memory', () => {
  const SECRET = 'hunter2-SANDBOX-secret-5e1d';

  it('masks them in the request log and state.json, and DescribeInvocations returns them until a restart', async () => {
    const dataDir = join(dir.path, 'secrets');
    const first = await testSandbox({ dataDir });
    const client = ecsClient(first);
    const ids = await instanceIds(client);
    const request = new $Ecs.InvokeCommandRequest({
      regionId: 'cn-shanghai',
      commandId: (await commandIds(client)).get('patch-web.sh'),
      instanceId: pick(ids, 'web-prod-040'),
      parameters: { registry_token: SECRET, image_tag: 'v7' },
      clientToken: 'secret-launch-b0',
    });
    const invokeId = (await client.invokeCommand(request)).body?.invokeId ?? '';

    const log = await control<{ requests: Array<{ action: string; params: Record<string, string> }> }>(first, 'GET', '/_sandbox/requests?action=InvokeCommand');
    expect(JSON.stringify(log.body)).not.toContain(SECRET);
    expect(JSON.parse(log.body.requests[0]?.params.Parameters ?? '')).toEqual({ registry_token: '******', image_tag: '******' });
    expect(await invocationParameters(client, invokeId)).toMatchObject({ registry_token: SECRET, image_tag: 'v7' });
    await first.close();
    expect(readFileSync(join(dataDir, 'state.json')).includes(SECRET)).toBe(false);

    const second = await testSandbox({ dataDir });
    try {
      const again = ecsClient(second);
      expect(await invocationParameters(again, invokeId)).toMatchObject({ registry_token: '******', image_tag: '******' });
      // A ClientToken replay is still recognised: the stored fingerprint is masked the same way.
      expect((await again.invokeCommand(request)).body?.invokeId).toBe(invokeId);
    } finally {
      await second.close();
    }
  });
});
