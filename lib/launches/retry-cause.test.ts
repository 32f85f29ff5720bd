import { describe, expect, it } from 'vitest';

import { describeRetryOffer, detectRetryOffer, type FailedRun, raisedTimeout, timeoutFromErrorInfo } from './retry-cause';

const linux = { username: '', windowsPasswordName: '', workingDir: '', timeout: 60, windows: false };
const timeoutRun: FailedRun = { status: 'Timeout', exitCode: -1, errorCode: 'ExecutionTimeout', errorInfo: 'The command ran past its timeout of 60 s and was terminated.' };
const diskFull: FailedRun = { status: 'Failed', exitCode: 1, errorCode: 'ExitCodeNonzero', errorInfo: 'The command process exited with a non-zero exit code (1).' };

describe('a too-short timeout', () => {
  it('offers twice the timeout the launch ran with', () => {
    const offer = detectRetryOffer([timeoutRun, timeoutRun], linux);
    expect(offer).toEqual({ cause: 'timeout', count: 2, failed: 2, timeout: 60, suggested: 120 });
    expect(describeRetryOffer(offer!)).toEqual({ title: 'These instances timed out after 60 s. Raise the timeout to 120 s?', action: 'Raise the timeout to 120 s' });
  });
  it('knows a timeout by its status, its ErrorCode or exit code 124', () => {
    for (const run of [
      { ...diskFull, status: 'Timeout' },
      { ...diskFull, errorCode: 'InvocationTimeout' },
      { ...diskFull, exitCode: 124 },
    ]) {
      expect(detectRetryOffer([run], linux)?.cause).toBe('timeout');
    }
  });
  it('takes the timeout from what the runs say when the launch left it to the command', () => {
    expect(detectRetryOffer([{ ...timeoutRun, errorInfo: 'The command ran past its timeout of 45 s and was terminated.' }], { ...linux, timeout: null })).toMatchObject({ timeout: 45, suggested: 90 });
    expect(timeoutFromErrorInfo('the command execution timed out')).toBeNull();
    expect(detectRetryOffer([{ ...timeoutRun, errorInfo: 'timed out' }], { ...linux, timeout: null })).toBeNull();
  });
  it('stays within Alibaba’s day', () => {
    expect(raisedTimeout(50_000)).toBe(86_400);
    expect(raisedTimeout(86_400)).toBeNull();
    expect(detectRetryOffer([timeoutRun], { ...linux, timeout: 86_400 })).toBeNull();
  });
  it('says how many when only some timed out', () => {
    const offer = detectRetryOffer([timeoutRun, timeoutRun, diskFull], linux);
    expect(offer).toMatchObject({ cause: 'timeout', count: 2, failed: 3 });
    expect(describeRetryOffer(offer!).title).toBe('2 of these 3 instances timed out after 60 s. Raise the timeout to 120 s?');
  });
});

describe('other settings that cause failures', () => {
  it('a user the instances do not have: run as the default user', () => {
    const run = { status: 'Failed', exitCode: -1, errorCode: 'AccountNotExists', errorInfo: 'The specified account does not exist.' };
    const offer = detectRetryOffer([run], { ...linux, username: 'deploy' });
    expect(offer).toEqual({ cause: 'account', count: 1, failed: 1, username: 'deploy', fallback: 'root' });
    expect(describeRetryOffer(offer!).title).toBe('This instance has no user deploy. Run as root instead?');
    expect(detectRetryOffer([{ ...run, errorCode: '', errorInfo: 'useradd: user deploy does not exist' }], { ...linux, username: 'deploy' })?.cause).toBe('account');
  });
  it('a Windows user without its password name: run as System', () => {
    const run = { status: 'Error', exitCode: -1, errorCode: 'ExecutionException', errorInfo: 'Cannot log on as svc-deploy: a Windows account other than System needs WindowsPasswordName.' };
    expect(detectRetryOffer([run], { ...linux, windows: true, username: 'svc-deploy' })).toMatchObject({ cause: 'windows-logon', username: 'svc-deploy' });
    // With a password name given, the form has nothing to undo.
    expect(detectRetryOffer([run], { ...linux, windows: true, username: 'svc-deploy', windowsPasswordName: 'svc-pw' })).toBeNull();
  });
  it('a working directory the instances do not have', () => {
    const run = { status: 'Failed', exitCode: -1, errorCode: 'DirectoryNotExists', errorInfo: 'The specified directory does not exist.' };
    expect(detectRetryOffer([run], { ...linux, workingDir: '/opt/app' })).toMatchObject({ cause: 'directory', workingDir: '/opt/app' });
    expect(detectRetryOffer([run], linux)).toBeNull();
  });
  it('offers nothing for a failure no setting explains', () => {
    expect(detectRetryOffer([diskFull, diskFull], { ...linux, username: 'deploy', workingDir: '/opt' })).toBeNull();
    expect(detectRetryOffer([], linux)).toBeNull();
  });
});
