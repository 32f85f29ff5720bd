import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from './server';
import { ecsClient } from './testing/clients';
import { advance, testSandbox } from './testing/harness';
import { decode, invocation } from './testing/invocations';
import { commandIds, instanceIds, pick } from './testing/lookup';

let sandbox: RunningSandbox;
let client: ReturnType<typeof ecsClient>;
let instances: Map<string, string>;
let commands: Map<string, string>;

beforeAll(async () => {
  // No seeded history: these hosts are tried on their own, from a still clock.
  sandbox = await testSandbox({ seedHistory: false });
  client = ecsClient(sandbox);
  instances = await instanceIds(client);
  commands = await commandIds(client);
});
afterAll(() => sandbox.close());

async function run(commandName: string, hosts: string[], fields: Partial<$Ecs.InvokeCommandRequest> = {}) {
  const response = await client.invokeCommand(
    new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', commandId: commands.get(commandName), instanceId: pick(instances, ...hosts), ...fields }),
  );
  return response.body?.invokeId ?? '';
}

/** Each host's result, in the order asked for. */
async function outcome(invokeId: string, hosts: string[]) {
  const found = await invocation(client, invokeId);
  return pick(instances, ...hosts).map((id) => found.instances.find((instance) => instance.instanceId === id));
}

const patchToken = { parameters: { registry_token: 'rt-test-0001' } };

describe('hosts that fail some commands, every time', () => {
  it('a full disk fails every patch with exit code 100 and the apt error, and runs anything else', async () => {
    const patch = await run('patch-web.sh', ['web-prod-019', 'dev-15', 'web-prod-020'], patchToken);
    const health = await run('health-check.sh', ['web-prod-019', 'dev-15']);
    await advance(sandbox, '2m');
    const [full, dev, healthy] = await outcome(patch, ['web-prod-019', 'dev-15', 'web-prod-020']);
    for (const failed of [full, dev]) {
      expect(failed).toMatchObject({ invocationStatus: 'Failed', errorCode: 'ExitCodeNonzero', exitCode: 100 });
      expect(decode(failed?.output)).toContain("E: You don't have enough free space in /var/cache/apt/archives/.");
    }
    expect(healthy).toMatchObject({ invocationStatus: 'Success', exitCode: 0 });
    expect((await outcome(health, ['web-prod-019', 'dev-15'])).map((found) => found?.invocationStatus)).toEqual(['Success', 'Success']);
  });

  it('web-prod-213 has no deploy account: a run as deploy fails there before it starts, as root it runs', async () => {
    const asDeploy = await run('health-check.sh', ['web-prod-213', 'web-prod-212'], { username: 'deploy' });
    const asRoot = await run('health-check.sh', ['web-prod-213']);
    await advance(sandbox, '2m');
    const [missing, present] = await outcome(asDeploy, ['web-prod-213', 'web-prod-212']);
    expect(missing).toMatchObject({ invocationStatus: 'Failed', errorCode: 'AccountNotExists', errorInfo: 'The account deploy does not exist on web-prod-213.' });
    expect(missing?.startTime ?? '').toBe('');
    expect(present?.invocationStatus).toBe('Success');
    expect((await outcome(asRoot, ['web-prod-213']))[0]?.invocationStatus).toBe('Success');
  });

  it('db-prod-07 takes 90 s longer on every run: past a 30 s timeout it times out, given 300 s it succeeds', async () => {
    const short = await run('health-check.sh', ['db-prod-07', 'db-prod-06']);
    const long = await run('health-check.sh', ['db-prod-07'], { timeout: 300 });
    await advance(sandbox, '60s');
    const [slow, quick] = await outcome(short, ['db-prod-07', 'db-prod-06']);
    expect(quick?.invocationStatus).toBe('Success');
    expect(slow).toMatchObject({ invocationStatus: 'Timeout', errorCode: 'ExecutionTimeout' });
    expect(Date.parse(slow?.finishTime ?? '') - Date.parse(slow?.startTime ?? '')).toBe(30_000);
    expect((await outcome(long, ['db-prod-07']))[0]?.invocationStatus).toBe('Running');
    await advance(sandbox, '40s');
    const [done] = await outcome(long, ['db-prod-07']);
    expect(done?.invocationStatus).toBe('Success');
    const took = Date.parse(done?.finishTime ?? '') - Date.parse(done?.startTime ?? '');
    expect(took).toBeGreaterThanOrEqual(91_000);
    expect(took).toBeLessThanOrEqual(94_000);
  });
});
