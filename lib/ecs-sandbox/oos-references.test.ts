import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RunningSandbox } from './server';
import { ecsClient } from './testing/clients';
import { advance, testSandbox } from './testing/harness';
import { invocation, invocationParameters } from './testing/invocations';
import { commandIds, instanceIds, pick } from './testing/lookup';

/**
 * `{{oos-secret:name}}` passed as a parameter value, through the official SDK: the value that
 * travels (and that DescribeInvocations reports) is the reference; the instance resolves it
 * from the OOS Parameter Store, and a name the store lacks fails the run before it starts.
 */
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

async function patchWith(token: string, host: string): Promise<string> {
  const response = await client.invokeCommand(
    new $Ecs.InvokeCommandRequest({
      regionId: 'cn-shanghai',
      commandId: commands.get('patch-web.sh'),
      instanceId: pick(instances, host),
      parameters: { packages: 'nginx', image_tag: 'stable', registry_token: token },
    }),
  );
  return response.body?.invokeId ?? '';
}

describe('OOS Parameter Store references in parameter values', () => {
  it('travels as the reference and runs with the stored value', async () => {
    const invokeId = await patchWith('{{oos-secret:registry-token}}', 'web-prod-002');
    await advance(sandbox, '2m');
    expect(await invocationParameters(client, invokeId)).toMatchObject({ registry_token: '{{oos-secret:registry-token}}' });
    expect((await invocation(client, invokeId)).instances[0]?.invocationStatus).toBe('Success');
  });

  it('fails the run before it starts when the store has no such name', async () => {
    const invokeId = await patchWith('{{oos-secret:no-such-secret}}', 'web-prod-003');
    await advance(sandbox, '2m');
    const [instance] = (await invocation(client, invokeId)).instances;
    expect(instance).toMatchObject({ invocationStatus: 'Error', errorCode: 'ExecutionException' });
    expect(instance?.errorInfo).toContain('no-such-secret');
  });
});
