import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';
import { linuxInstance, testContext } from '@/lib/invoke/test-fixtures';
import { codesFor, issuesFor, validDraft } from '@/lib/invoke/test-issues';

const ids = (count: number) => Array.from({ length: count }, (_, i) => `i-${i + 1}`);
const fleet = (count: number) => ids(count).map((id) => linuxInstance(id));

describe('a valid launch', () => {
  it('passes with the command, two instances and both parameters', () => {
    expect(issuesFor(validDraft())).toEqual([]);
  });

  it('passes with 120 instances, since the launch is sent in batches', () => {
    const context = testContext({ instances: fleet(120) });
    expect(issuesFor(validDraft({ instanceIds: ids(120) }), context)).toEqual([]);
  });
});

describe('shape', () => {
  it('names each missing field in its message', () => {
    const messages = issuesFor({}).map((issue) => `${issue.path}: ${issue.message}`);
    expect(messages).toContain('regionId: Region is required.');
    expect(messages).toContain('commandId: Command is required.');
    expect(messages).toContainEqual(expect.stringMatching(/^repeatMode: Repeat mode must be/));
  });

  it('refuses a timeout that is not a number', () => {
    expect(issuesFor(validDraft({ timeout: Number.NaN }))).toMatchObject([{ path: 'timeout', message: 'Timeout must be a number of seconds.' }]);
  });
});

describe('RegionId', () => {
  it('is required', () => {
    expect(codesFor(validDraft({ regionId: '' }))).toEqual(['regionId MissingParameter.RegionId']);
  });

  it('must look like a region ID', () => {
    expect(issuesFor(validDraft({ regionId: 'Hang Zhou' }))).toMatchObject([{ path: 'regionId', message: expect.stringMatching(/^Region: that is not a region ID/) }]);
  });

  it('refuses a host name, a URL or control characters before anything is asked of ECS', () => {
    for (const regionId of ['evil.example.com', 'cn-hangzhou.evil.example', 'cn-hangzhou/x', 'cn-hangzhou\r\nHost: x', `cn-${'a'.repeat(60)}`]) {
      expect(codesFor(validDraft({ regionId })), regionId).toEqual(['regionId InvalidParameter.RegionId']);
    }
  });
});

describe('CommandId', () => {
  it('is required', () => {
    expect(codesFor(validDraft({ commandId: '', parameters: [] }))).toEqual(['commandId MissingParameter.CommandId']);
  });

  it('must be the command that exists in the context', () => {
    expect(codesFor(validDraft({ commandId: 'c-gone' }))).toEqual(['commandId InvalidCmdId.NotFound']);
    expect(issuesFor(validDraft(), testContext({ command: null }))).toMatchObject([
      { code: 'InvalidCmdId.NotFound', message: expect.stringMatching(/^Command c-patch was not found/) },
    ]);
  });
});

describe('InstanceId.N', () => {
  it('needs at least one instance', () => {
    expect(issuesFor(validDraft({ instanceIds: [] }))).toMatchObject([
      { path: 'instanceIds', code: 'MissingParameter.InstanceIds', message: 'Instances: choose at least one instance.' },
    ]);
  });

  it('reports an unknown instance on its own row', () => {
    expect(codesFor(validDraft({ instanceIds: ['i-1', 'i-gone'] }))).toEqual(['instanceIds.1 InvalidInstance.NotFound']);
  });

  it('reports an ineligible instance with the reason', () => {
    const context = testContext({ instances: [linuxInstance('i-1'), linuxInstance('i-2', { status: 'Stopped' })] });
    expect(issuesFor(validDraft(), context)).toEqual([
      {
        path: 'instanceIds.1',
        code: 'InvalidInstance.NotMatch',
        message: 'Instance i-2 (web-i-2) cannot run this command: Stopped. Remove it from the selection.',
      },
    ]);
  });

  it('refuses a Windows instance for a Linux shell command', () => {
    expect(issuesFor(validDraft({ instanceIds: ['i-win'] }))).toMatchObject([
      { code: 'InvalidInstance.NotMatch', message: expect.stringContaining('Windows instance, Linux shell command') },
    ]);
  });

  it('refuses the same instance twice', () => {
    expect(codesFor(validDraft({ instanceIds: ['i-1', 'i-1'] }))).toEqual(['instanceIds.1 InvalidParameter.InstanceId']);
  });
});

describe('daily quota', () => {
  const context = (used: number) => testContext({ instances: fleet(120), quota: { used, limit: DEFAULT_LIMITS.dailyInvocations } });
  const draft = validDraft({ instanceIds: ids(120) });

  it('counts one call per batch: 120 instances fit when 3 calls are left', () => {
    expect(issuesFor(draft, context(4997))).toEqual([]);
  });

  it('refuses the launch when only 2 calls are left', () => {
    expect(issuesFor(draft, context(4998))).toMatchObject([
      {
        path: 'instanceIds',
        code: 'Invocation.ExceedQuota',
        message: expect.stringContaining('needs 3 InvokeCommand calls (batches of 50), but only 2 of'),
      },
    ]);
  });

  it('says when the quota is used up', () => {
    expect(issuesFor(validDraft(), context(5000))[0]?.message).toMatch(/used up\. Launch after 00:00 UTC/);
  });
});
