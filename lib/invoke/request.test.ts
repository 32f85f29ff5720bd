import { describe, expect, it } from 'vitest';
import type { InvokeDraft } from '@/lib/invoke/draft';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';
import { SECRET_MASK, buildInvokeRequests, toQueryParameters } from '@/lib/invoke/request';
import { createInvokeSchema } from '@/lib/invoke/schema';
import { linuxInstance, powerShellCommand, shellCommand, testContext, windowsInstance } from '@/lib/invoke/test-fixtures';
import { validDraft } from '@/lib/invoke/test-issues';
import type { InvokeContext } from '@/lib/invoke/types';

const launchId = 'launch-42';

function build(draft: InvokeDraft, context: InvokeContext = testContext()) {
  const valid = createInvokeSchema(context).parse(draft);
  if (!context.command) throw new Error('the test needs a command');
  return buildInvokeRequests(valid, context.command, launchId, DEFAULT_LIMITS);
}

describe('buildInvokeRequests', () => {
  it('builds a one-off request with only what was set', () => {
    const [batch] = build(validDraft());
    expect(batch?.request).toEqual({
      RegionId: 'cn-hangzhou',
      CommandId: 'c-patch',
      InstanceId: ['i-1', 'i-2'],
      RepeatMode: 'Once',
      Timed: false,
      Parameters: '{"name":"web","port":"80"}',
      ClientToken: 'launch-42-b0',
    });
  });

  it('builds a scheduled request with every optional field', () => {
    const draft = validDraft({
      repeatMode: 'Period',
      frequency: ' 0 0 2 ?  * MON-FRI\tAsia/Shanghai ',
      username: 'deploy',
      timeout: 300,
      workingDir: '/srv/app',
    });
    expect(build(draft)[0]?.request).toMatchObject({
      RepeatMode: 'Period',
      Timed: true,
      Frequency: '0 0 2 ? * MON-FRI Asia/Shanghai',
      Username: 'deploy',
      Timeout: 300,
      WorkingDir: '/srv/app',
    });
  });

  it('sends WindowsPasswordName for a Windows user, and no Parameters when the command takes none', () => {
    const context = testContext({ command: powerShellCommand(), instances: [windowsInstance('i-w')] });
    const draft = validDraft({ commandId: 'c-win', instanceIds: ['i-w'], parameters: [], username: 'svc', windowsPasswordName: 'svc-pw' });
    const request = build(draft, context)[0]?.request;
    expect(request).toMatchObject({ Username: 'svc', WindowsPasswordName: 'svc-pw' });
    expect(request).not.toHaveProperty('Parameters');
  });

  it('leaves out empty values, but still sends {} to a command that enables parameters', () => {
    const empty = validDraft({ parameters: [{ name: 'name', value: '', secret: false }] });
    expect(build(empty)[0]?.request.Parameters).toBe('{}');
  });

  it('splits 120 instances into three requests, each with its own ClientToken', () => {
    const ids = Array.from({ length: 120 }, (_, i) => `i-${i + 1}`);
    const context = testContext({ instances: ids.map((id) => linuxInstance(id)) });
    const batches = build(validDraft({ instanceIds: ids }), context);
    expect(batches.map((batch) => batch.request.InstanceId.length)).toEqual([50, 50, 20]);
    expect(batches.map((batch) => batch.request.ClientToken)).toEqual(['launch-42-b0', 'launch-42-b1', 'launch-42-b2']);
  });

  it('masks secret values with a fixed mask in the masked copy only', () => {
    const draft = validDraft({
      parameters: [
        { name: 'name', value: 'web', secret: false },
        { name: 'port', value: 'hunter2-very-long-secret', secret: true },
      ],
    });
    const [batch] = build(draft);
    expect(batch?.request.Parameters).toBe('{"name":"web","port":"hunter2-very-long-secret"}');
    expect(batch?.masked.Parameters).toBe(`{"name":"web","port":"${SECRET_MASK}"}`);
    expect(JSON.stringify(batch?.masked)).not.toContain('hunter2');
  });

  it('refuses a command other than the one the draft names', () => {
    const valid = createInvokeSchema(testContext()).parse(validDraft());
    expect(() => buildInvokeRequests(valid, shellCommand({ commandId: 'c-other' }), launchId, DEFAULT_LIMITS)).toThrow(/c-other/);
  });
});

describe('toQueryParameters', () => {
  it('flattens instances to InstanceId.N and writes every value as text', () => {
    const [batch] = build(validDraft({ timeout: 30 }));
    if (!batch) throw new Error('no batch');
    expect(toQueryParameters(batch.request)).toEqual([
      ['RegionId', 'cn-hangzhou'],
      ['CommandId', 'c-patch'],
      ['InstanceId.1', 'i-1'],
      ['InstanceId.2', 'i-2'],
      ['RepeatMode', 'Once'],
      ['Timed', 'false'],
      ['Parameters', '{"name":"web","port":"80"}'],
      ['Timeout', '30'],
      ['ClientToken', 'launch-42-b0'],
    ]);
  });
});
