import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from './server';
import { ecsClient } from './testing/clients';
import { advance, testSandbox } from './testing/harness';
import { countStatuses, decode, invocation, results } from './testing/invocations';
import { commandIds, instanceIds, pick, webProd } from './testing/lookup';

let sandbox: RunningSandbox;
let client: ReturnType<typeof ecsClient>;
let instances: Map<string, string>;
let commands: Map<string, string>;

beforeAll(async () => {
  sandbox = await testSandbox();
  client = ecsClient(sandbox);
  instances = await instanceIds(client);
  commands = await commandIds(client);
});
afterAll(() => sandbox.close());

async function invoke(commandName: string, names: string[], fields: Partial<$Ecs.InvokeCommandRequest> = {}): Promise<string> {
  const response = await client.invokeCommand(
    new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', commandId: commands.get(commandName), instanceId: pick(instances, ...names), ...fields }),
  );
  return response.body?.invokeId ?? '';
}

describe('a run goes Pending, Running, then Success, Failed or Timeout, on the sandbox clock', () => {
  it('moves through Pending and Running to Success with output derived from the script', async () => {
    const invokeId = await invoke('health-check.sh', ['web-prod-002']);
    const seen: string[] = [];
    for (let step = 0; step < 40; step++) {
      const status = (await invocation(client, invokeId)).instances[0]?.invocationStatus ?? '';
      if (seen[seen.length - 1] !== status) seen.push(status);
      await advance(sandbox, '250ms');
    }
    expect(seen).toEqual(['Pending', 'Running', 'Success']);
    const done = await invocation(client, invokeId);
    expect(done.invocationStatus).toBe('Success');
    expect(done.invokeStatus).toBe('Finished');
    const instance = done.instances[0];
    expect(instance).toMatchObject({ exitCode: 0, errorCode: '', repeats: 1, dropped: 0, instanceInvokeStatus: 'Finished' });
    expect(Date.parse(instance?.finishTime ?? '')).toBeGreaterThan(Date.parse(instance?.startTime ?? ''));
    const output = decode(instance?.output);
    expect(output).toContain('load average');
    expect(output).toContain('Filesystem');
    expect(output).toContain('active');
  });

  it('substitutes parameters (and their defaults) into the output, never showing what the script only pipes', async () => {
    const invokeId = await invoke('patch-web.sh', ['web-prod-005'], { parameters: { registry_token: 'rt-SECRET-123' }, username: 'deploy' });
    await advance(sandbox, '1m');
    const done = await invocation(client, invokeId);
    expect(done.parameters).toBe(JSON.stringify({ registry_token: 'rt-SECRET-123', packages: 'nginx openssl', image_tag: 'stable' }));
    expect(done.username).toBe('deploy');
    const output = decode(done.instances[0]?.output);
    expect(output).toContain('Patching web-prod-005 (packages: nginx openssl, image tag: stable)');
    expect(output).toContain('Login Succeeded');
    expect(output).not.toContain('rt-SECRET-123');
  });

  it('fails the same way on the three hosts with a full disk (117 Success, 3 Failed), and a clean-up fixes them', async () => {
    const hosts = webProd(1, 121).filter((name) => name !== 'web-prod-037');
    const batches = [hosts.slice(0, 50), hosts.slice(50, 100), hosts.slice(100)];
    const invokeIds = await Promise.all(batches.map((batch) => invoke('patch-web.sh', batch, { parameters: { registry_token: 't' } })));
    await advance(sandbox, '2m');
    const all = (await Promise.all(invokeIds.map((id) => invocation(client, id)))).flatMap((found) => found.instances);
    expect(countStatuses(all)).toEqual({ Success: 117, Failed: 3 });
    const failed = all.filter((instance) => instance.invocationStatus === 'Failed');
    expect(failed.map((instance) => instance.instanceId)).toEqual(pick(instances, 'web-prod-019', 'web-prod-064', 'web-prod-101'));
    const lastLine = (text: string) => text.trimEnd().split('\n').pop();
    expect(new Set(failed.map((instance) => `${instance.exitCode}|${instance.errorCode}|${lastLine(decode(instance.output))}`)).size).toBe(1);
    expect(failed[0]).toMatchObject({ exitCode: 100, errorCode: 'ExitCodeNonzero' });
    expect(decode(failed[0]?.output)).toContain("E: You don't have enough free space");
    const byBatch = await Promise.all(invokeIds.map((id) => invocation(client, id)));
    expect(byBatch.map((found) => found.invocationStatus)).toEqual(['PartialFailed', 'PartialFailed', 'Success']);

    const cleanup = await invoke('cleanup-disk.sh', ['web-prod-019', 'web-prod-064', 'web-prod-101']);
    await advance(sandbox, '1m');
    expect((await invocation(client, cleanup)).invocationStatus).toBe('Success');
    const retry = await invoke('patch-web.sh', ['web-prod-019', 'web-prod-064', 'web-prod-101'], { parameters: { registry_token: 't' } });
    await advance(sandbox, '1m');
    expect(countStatuses((await invocation(client, retry)).instances)).toEqual({ Success: 3 });
  });

  it('times out a run that outlasts its Timeout (FinishedTime = StartTime + Timeout)', async () => {
    const invokeId = await invoke('rebuild-search-index.sh', ['worker-prod-02']);
    await advance(sandbox, '20s');
    expect((await invocation(client, invokeId)).instances[0]?.invocationStatus).toBe('Running');
    await advance(sandbox, '15s');
    const { rows } = await results(client, { invokeId });
    expect(rows[0]).toMatchObject({ invocationStatus: 'Timeout', invokeRecordStatus: 'Failed', errorCode: 'ExecutionTimeout' });
    expect(Date.parse(rows[0]?.finishedTime ?? '') - Date.parse(rows[0]?.startTime ?? '')).toBe(30_000);
    expect(decode(rows[0]?.output)).toContain('Starting full reindex on worker-prod-02');
  });

  it('keeps 24 KB of a large output and reports the rest as Dropped', async () => {
    const invokeId = await invoke('inventory-packages.sh', ['web-prod-006']);
    await advance(sandbox, '1m');
    const { rows } = await results(client, { invokeId, contentEncoding: 'PlainText' });
    const kept = Buffer.byteLength(rows[0]?.output ?? '');
    expect(kept).toBeLessThanOrEqual(24 * 1024);
    expect(kept).toBeGreaterThan(24 * 1024 - 4);
    expect(rows[0]?.dropped).toBeGreaterThan(10_000);
    expect(rows[0]?.output).toContain('Package inventory for web-prod-006');
  });

  it('exits with the code of an `exit N` line in a command created on the fly', async () => {
    const created = await client.createCommand(
      new $Ecs.CreateCommandRequest({ regionId: 'cn-shanghai', name: 'exit-3', type: 'RunShellScript', contentEncoding: 'PlainText', commandContent: 'echo "about to fail"\nexit 3\necho never' }),
    );
    const response = await client.invokeCommand(new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', commandId: created.body?.commandId, instanceId: pick(instances, 'web-prod-007') }));
    await advance(sandbox, '30s');
    const found = await invocation(client, response.body?.invokeId ?? '');
    expect(found.instances[0]).toMatchObject({ invocationStatus: 'Failed', exitCode: 3, errorCode: 'ExitCodeNonzero' });
    expect(decode(found.instances[0]?.output)).toBe('about to fail\n');
    expect(found.invocationStatus).toBe('Failed');
  });
});

describe('StopInvocation, as documented', () => {
  it('cancels runs that have not started: the invocation is Stopped', async () => {
    const invokeId = await invoke('health-check.sh', ['web-prod-008', 'web-prod-009']);
    await client.stopInvocation(new $Ecs.StopInvocationRequest({ regionId: 'cn-shanghai', invokeId }));
    await advance(sandbox, '1m');
    const found = await invocation(client, invokeId);
    expect(countStatuses(found.instances)).toEqual({ Cancelled: 2 });
    expect(found.invocationStatus).toBe('Stopped');
    expect(found.instances[0]?.stopTime).not.toBe('');
  });

  it('lets a run that has started finish, and stops only the instances named', async () => {
    const invokeId = await invoke('rebuild-search-index.sh', ['worker-prod-03', 'worker-prod-04']);
    await advance(sandbox, '5s');
    await client.stopInvocation(new $Ecs.StopInvocationRequest({ regionId: 'cn-shanghai', invokeId, instanceId: pick(instances, 'worker-prod-03') }));
    await advance(sandbox, '1m');
    expect(countStatuses((await invocation(client, invokeId)).instances)).toEqual({ Timeout: 2 });
  });
});

describe('Windows commands as a service account (journey 6)', () => {
  it('runs PowerShell as svc-deploy with a WindowsPasswordName, and cannot log on without one', async () => {
    const fields = { username: 'svc-deploy', parameters: { version: '2026.11.3' } };
    const ok = await invoke('deploy-service.ps1', ['win-app-prod-02', 'win-app-prod-03'], { ...fields, windowsPasswordName: 'axt-svc-deploy-password' });
    const missing = await invoke('deploy-service.ps1', ['win-app-prod-04'], fields);
    await advance(sandbox, '1m');
    const done = await invocation(client, ok);
    expect(countStatuses(done.instances)).toEqual({ Success: 2 });
    expect(decode(done.instances[0]?.output)).toMatch(/^Deploying PaymentsApi 2026\.11\.3 on iZ\w+Z as izuf6\w+z\\svc-deploy\n/);
    const failed = await invocation(client, missing);
    expect(failed.instances[0]).toMatchObject({ invocationStatus: 'Error', errorCode: 'ExecutionException' });
    expect(failed.invocationStatus).toBe('Failed');
  });
});
