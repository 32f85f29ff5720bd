import { describe, expect, it } from 'vitest';
import { powerShellCommand, testContext, windowsInstance } from '@/lib/invoke/test-fixtures';
import { codesFor, issuesFor, validDraft } from '@/lib/invoke/test-issues';

const windows = testContext({ command: powerShellCommand(), instances: [windowsInstance('i-w')] });
const windowsDraft = (overrides: Parameters<typeof validDraft>[0] = {}) =>
  validDraft({ commandId: 'c-win', instanceIds: ['i-w'], parameters: [], ...overrides });

describe('Username', () => {
  it('allows 255 characters and refuses 256', () => {
    expect(issuesFor(validDraft({ username: 'u'.repeat(255) }))).toEqual([]);
    expect(issuesFor(validDraft({ username: 'u'.repeat(256) }))).toMatchObject([
      { path: 'username', code: 'Username.ExceedLimit', message: 'Username is 256 characters; the limit is 255. Use a shorter user name.' },
    ]);
  });
});

describe('WindowsPasswordName', () => {
  it('is not needed for a Windows command run as System or the default user', () => {
    expect(issuesFor(windowsDraft(), windows)).toEqual([]);
    expect(issuesFor(windowsDraft({ username: 'system' }), windows)).toEqual([]);
  });

  it('is required when a Windows command runs as another user', () => {
    expect(issuesFor(windowsDraft({ username: 'svc-deploy' }), windows)).toMatchObject([
      {
        path: 'windowsPasswordName',
        code: 'MissingParameter.WindowsPasswordName',
        message: expect.stringMatching(/^Windows password name is required to run as "svc-deploy"/),
      },
    ]);
    expect(issuesFor(windowsDraft({ username: 'svc-deploy', windowsPasswordName: 'svc-deploy-pw' }), windows)).toEqual([]);
  });

  it('allows 255 characters and refuses 256', () => {
    const draft = (length: number) => windowsDraft({ username: 'svc', windowsPasswordName: 'p'.repeat(length) });
    expect(issuesFor(draft(255), windows)).toEqual([]);
    expect(issuesFor(draft(256), windows)).toMatchObject([
      { path: 'windowsPasswordName', code: 'InvalidParameter.WindowsPasswordName', message: expect.stringMatching(/^Windows password name is 256 characters; the limit is 255/) },
    ]);
  });

  it('is refused for a Linux command', () => {
    expect(issuesFor(validDraft({ windowsPasswordName: 'pw' }))).toMatchObject([
      { path: 'windowsPasswordName', code: 'InvalidParameter.WindowsPasswordName', message: expect.stringContaining('only for Windows commands') },
    ]);
  });
});

describe('WorkingDir', () => {
  it('allows 200 characters and refuses 201', () => {
    expect(issuesFor(validDraft({ workingDir: `/${'d'.repeat(199)}` }))).toEqual([]);
    expect(issuesFor(validDraft({ workingDir: `/${'d'.repeat(200)}` }))).toMatchObject([
      { path: 'workingDir', code: 'InvalidParameter.WorkingDir', message: 'Working directory is 201 characters; the limit is 200. Use a shorter path.' },
    ]);
  });

  it('may be empty, keeping the command default', () => {
    expect(codesFor(validDraft({ workingDir: '' }))).toEqual([]);
  });
});
