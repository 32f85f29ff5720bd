import { describe, expect, it } from 'vitest';

import { launchInstances } from './launch-instances';
import { type InvocationSnapshot } from './snapshot';

function snapshot(invokeId: string, statuses: Record<string, string>): string {
  const value: InvocationSnapshot = {
    invokeId,
    invocationStatus: 'Finished',
    commandName: 'patch-web.sh',
    repeatMode: 'Once',
    frequency: '',
    creationTime: '2026-11-28T02:00:00Z',
    instances: Object.entries(statuses).map(([instanceId, status]) => ({
      instanceId,
      status,
      exitCode: status === 'Failed' ? 1 : 0,
      errorCode: status === 'Failed' ? 'ExitCodeNonzero' : '',
      errorInfo: '',
      repeats: 1,
      startTime: '2026-11-28T02:00:01Z',
      finishTime: '2026-11-28T02:00:09Z',
      stopTime: null,
      dropped: 0,
    })),
  };
  return JSON.stringify(value);
}

describe('launchInstances', () => {
  it('reads every batch as one list, each instance with the InvokeId and batch it went out in', () => {
    const rows = launchInstances([
      { batch_index: 1, invoke_id: 't-b', instance_ids: '["i-3","i-4"]', snapshot: snapshot('t-b', { 'i-3': 'Success', 'i-4': 'Failed' }), status: 'sent', invocation_status: 'PartialFailed' },
      { batch_index: 0, invoke_id: 't-a', instance_ids: '["i-1","i-2"]', snapshot: snapshot('t-a', { 'i-1': 'Success', 'i-2': 'Success' }), status: 'sent', invocation_status: 'Success' },
    ]);
    expect(rows.map((row) => [row.instanceId, row.status, row.invokeId, row.batchIndex])).toEqual([
      ['i-1', 'Success', 't-a', 0],
      ['i-2', 'Success', 't-a', 0],
      ['i-3', 'Success', 't-b', 1],
      ['i-4', 'Failed', 't-b', 1],
    ]);
    expect(rows[3]).toMatchObject({ exitCode: 1, errorCode: 'ExitCodeNonzero' });
  });

  it('gives instances of a batch that was not sent, or not observed yet, the batch’s own status', () => {
    const rows = launchInstances([
      { batch_index: 0, invoke_id: null, instance_ids: '["i-1"]', snapshot: null, status: 'failed', invocation_status: null },
      { batch_index: 1, invoke_id: null, instance_ids: '["i-2"]', snapshot: null, status: 'pending', invocation_status: null },
      { batch_index: 2, invoke_id: 't-c', instance_ids: '["i-3","i-4"]', snapshot: snapshot('t-c', { 'i-3': 'Running' }), status: 'sent', invocation_status: 'Running' },
    ]);
    expect(rows.map((row) => [row.instanceId, row.status, row.invokeId])).toEqual([
      ['i-1', 'NotSent', null],
      ['i-2', 'Sending', null],
      ['i-3', 'Running', 't-c'],
      ['i-4', 'Running', 't-c'],
    ]);
    expect(rows[3]).toMatchObject({ exitCode: null, repeats: 0, startTime: null });
  });
});
