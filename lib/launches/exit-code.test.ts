import { describe, expect, it } from 'vitest';

import { exitCodeView, formatElapsed, runDuration } from './exit-code';

const started = '2026-12-07T08:00:00.000Z';

describe('exit codes of instances that never ran', () => {
  it('shows none where the command never started, whatever Alibaba answered', () => {
    for (const status of ['Pending', 'Scheduled', 'Invalid', 'Aborted', 'Cancelled', 'Error', 'NotSent', 'Skipped', 'Ineligible']) {
      expect(exitCodeView({ status, exitCode: 0, startTime: null }), status).toEqual({ kind: 'did-not-run' });
    }
  });
  it('reads a stop by its start time: Stopped or Terminated before starting did not run', () => {
    expect(exitCodeView({ status: 'Terminated', exitCode: 0, startTime: null })).toEqual({ kind: 'did-not-run' });
    expect(exitCodeView({ status: 'Stopped', exitCode: 0, startTime: null })).toEqual({ kind: 'did-not-run' });
    expect(exitCodeView({ status: 'Terminated', exitCode: 137, startTime: started })).toEqual({ kind: 'code', code: 137 });
  });
  it('an agent exception before the script (Error) is no exit code, even with a start time', () => {
    expect(exitCodeView({ status: 'Error', exitCode: -1, startTime: started })).toEqual({ kind: 'did-not-run' });
  });
  it('has none yet while running', () => {
    expect(exitCodeView({ status: 'Running', exitCode: 0, startTime: started })).toEqual({ kind: 'not-finished' });
    expect(exitCodeView({ status: 'Stopping', exitCode: 0, startTime: null })).toEqual({ kind: 'not-finished' });
  });
  it('shows the code of a run that ended, 0 included', () => {
    expect(exitCodeView({ status: 'Success', exitCode: 0, startTime: started })).toEqual({ kind: 'code', code: 0 });
    expect(exitCodeView({ status: 'Failed', exitCode: 1, startTime: started })).toEqual({ kind: 'code', code: 1 });
    expect(exitCodeView({ status: 'Timeout', exitCode: -1, startTime: started })).toEqual({ kind: 'code', code: -1 });
    expect(exitCodeView({ status: 'Failed', exitCode: null, startTime: started })).toEqual({ kind: 'unknown' });
  });
});

describe('durations', () => {
  it('is the time from start to finish, or none', () => {
    expect(runDuration({ startTime: started, finishTime: '2026-12-07T08:00:04.200Z' })).toBe(4_200);
    expect(runDuration({ startTime: started, finishTime: null })).toBeNull();
    expect(runDuration({ startTime: null, finishTime: started })).toBeNull();
  });
  it('reads short and long runs', () => {
    expect(formatElapsed(850)).toBe('850 ms');
    expect(formatElapsed(4_200)).toBe('4.2 s');
    expect(formatElapsed(42_000)).toBe('42 s');
    expect(formatElapsed(65_000)).toBe('1 min 05 s');
    expect(formatElapsed(2 * 3_600_000 + 3 * 60_000)).toBe('2 h 03 min');
  });
});
