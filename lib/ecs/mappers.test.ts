import {
  DescribeCloudAssistantStatusResponseBodyInstanceCloudAssistantStatusSetInstanceCloudAssistantStatus as SdkAgentStatus,
  DescribeCommandsResponseBodyCommandsCommand as SdkCommand,
  DescribeInstancesResponseBodyInstancesInstance as SdkInstance,
  DescribeInvocationResultsResponseBodyInvocationInvocationResultsInvocationResult as SdkResult,
  DescribeInvocationsResponseBodyInvocationsInvocationInvokeInstancesInvokeInstance as SdkInvokeInstance,
  DescribeInvocationsResponseBodyInvocationsInvocation as SdkInvocation,
} from '@alicloud/ecs20140526';
import { describe, expect, it } from 'vitest';

import { mapCommand } from './map-commands';
import { mapAgentStatus, mapInstance, withAgent } from './map-instances';
import { mapInvocation, mapInvocationResult, parseParameters } from './map-invocations';

// The SDK's own model classes, filled as its response parser fills them (camelCase fields).
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('instances and agent status', () => {
  it('lowercases DescribeInstances OSType, treats anything but vpc as classic, and tolerates missing parts', () => {
    const windows = mapInstance(new SdkInstance({ instanceId: 'i-1', OSType: 'windows', instanceNetworkType: 'vpc' }));
    expect(windows).toMatchObject({ instanceId: 'i-1', osType: 'windows', networkType: 'vpc', tags: [], privateIpAddresses: [] });
    const classic = mapInstance(new SdkInstance({ instanceId: 'i-2', OSType: 'linux', instanceNetworkType: 'classic' }));
    expect(classic).toMatchObject({ osType: 'linux', networkType: 'classic', eipAddress: null, creationTime: null });
  });

  it('reads CloudAssistantStatus as the string "true"/"false" and lowercases its capitalised OSType', () => {
    const offline = mapAgentStatus(new SdkAgentStatus({ instanceId: 'i-1', cloudAssistantStatus: 'false', OSType: 'Windows', cloudAssistantVersion: '2.1.3.857' }));
    expect(offline).toMatchObject({ online: false, osType: 'windows', version: '2.1.3.857' });
    const bsd = mapAgentStatus(new SdkAgentStatus({ instanceId: 'i-2', cloudAssistantStatus: 'true', OSType: 'FreeBSD' }));
    expect(bsd).toMatchObject({ online: true, osType: 'freebsd', version: '', lastHeartbeatTime: null });
  });

  it('merges an instance the status call did not report as offline with no version', () => {
    const instances = [mapInstance(new SdkInstance({ instanceId: 'i-1' })), mapInstance(new SdkInstance({ instanceId: 'i-2' }))];
    const statuses = [mapAgentStatus(new SdkAgentStatus({ instanceId: 'i-1', cloudAssistantStatus: 'true', cloudAssistantVersion: '2.2.3.857' }))];
    const [first, second] = withAgent(instances, statuses);
    expect(first).toMatchObject({ agentOnline: true, agentVersion: '2.2.3.857' });
    expect(second).toMatchObject({ agentOnline: false, agentVersion: '', agent: null });
  });
});

describe('commands', () => {
  it('decodes the Base64 content as UTF-8 and keeps absent and empty defaults apart', () => {
    const command = mapCommand(
      new SdkCommand({
        commandId: 'c-1',
        type: 'RunShellScript',
        commandContent: b64('echo "héllo ✓ {{name}}"'),
        enableParameter: true,
        parameterNames: { parameterName: ['name', 'other'] },
        parameterDefinitions: {
          parameterDefinition: [
            { parameterName: 'name', defaultValue: 'Jack', required: true },
            { parameterName: 'other', defaultValue: '' },
            { parameterName: 'third' },
          ],
        },
      }),
    );
    expect(command).toMatchObject({ content: 'echo "héllo ✓ {{name}}"', enableParameter: true, parameterNames: ['name', 'other'] });
    expect(command?.parameterDefinitions).toEqual([
      { name: 'name', description: '', defaultValue: 'Jack', required: true, possibleValues: [] },
      { name: 'other', description: '', defaultValue: '', required: false, possibleValues: [] },
      { name: 'third', description: '', required: false, possibleValues: [] },
    ]);
  });

  it('leaves out a command whose type cannot be launched', () => {
    expect(mapCommand(new SdkCommand({ commandId: 'c-2', type: 'RunPythonScript' }))).toBeNull();
  });
});

describe('invocations', () => {
  it('decodes content and output, parses Parameters, keeps Dropped and tells absent output from empty', () => {
    const invocation = mapInvocation(
      new SdkInvocation({
        invokeId: 't-1',
        commandContent: b64('echo {{name}}'),
        parameters: '{"name":"Jack","n":1}',
        invokeInstances: {
          invokeInstance: [
            new SdkInvokeInstance({ instanceId: 'i-1', output: b64('Jack\n'), dropped: 4096, exitCode: 0 }),
            new SdkInvokeInstance({ instanceId: 'i-2', output: '' }),
            new SdkInvokeInstance({ instanceId: 'i-3' }),
          ],
        },
      }),
    );
    expect(invocation).toMatchObject({ invokeId: 't-1', commandContent: 'echo {{name}}', parameters: { name: 'Jack', n: '1' } });
    expect(invocation.instances.map((row) => [row.output, row.dropped, row.exitCode])).toEqual([
      ['Jack\n', 4096, 0],
      ['', 0, null],
      [null, 0, null],
    ]);
  });

  it('reads a result row', () => {
    const result = mapInvocationResult(
      new SdkResult({ invokeId: 't-1', instanceId: 'i-1', output: b64('done'), dropped: 12, exitCode: 3, errorCode: 'ExitCodeNonzero', repeats: 2 }),
    );
    expect(result).toMatchObject({ output: 'done', dropped: 12, exitCode: 3, errorCode: 'ExitCodeNonzero', repeats: 2 });
  });

  it('reads Parameters defensively', () => {
    expect(parseParameters('{}')).toEqual({});
    expect(parseParameters('not json')).toEqual({});
    expect(parseParameters('[1,2]')).toEqual({});
    expect(parseParameters(undefined)).toEqual({});
  });
});
