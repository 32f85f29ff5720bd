import { describe, expect, it } from 'vitest';

import { type LaunchInstance, mergeInstances, toLaunchInstances } from './launch-instances';

const row = (instanceId: string, batchIndex: number, status: string) => ({
  instance_id: instanceId,
  batch_index: batchIndex,
  status,
  exit_code: status === 'Failed' ? 1 : null,
  error_code: status === 'Failed' ? 'ExitCodeNonzero' : '',
  error_info: '',
  repeats: 0,
  start_time: null,
  finish_time: null,
  stop_time: null,
  dropped: 0,
});

describe('launch instances', () => {
  it('reads each instance with its batch’s InvokeId (none while the batch waits)', () => {
    const rows = toLaunchInstances([row('i-1', 0, 'Success'), row('i-2', 1, 'Queued')], new Map([[0, 't-one'], [1, null]]));
    expect(rows.map((instance) => [instance.instanceId, instance.status, instance.invokeId, instance.batchIndex])).toEqual([
      ['i-1', 'Success', 't-one', 0],
      ['i-2', 'Queued', null, 1],
    ]);
  });

  it('merges a poll’s changes in place, keeping the order the page shows', () => {
    const before: LaunchInstance[] = toLaunchInstances([row('i-1', 0, 'Running'), row('i-2', 0, 'Running')], new Map([[0, 't-one']]));
    const changed = toLaunchInstances([row('i-2', 0, 'Failed')], new Map([[0, 't-one']]));
    expect(mergeInstances(before, changed).map((instance) => [instance.instanceId, instance.status])).toEqual([
      ['i-1', 'Running'],
      ['i-2', 'Failed'],
    ]);
  });
});
