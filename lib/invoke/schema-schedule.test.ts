import { describe, expect, it } from 'vitest';
import { linuxInstance, shellCommand, testContext } from '@/lib/invoke/test-fixtures';
import { codesFor, issuesFor, validDraft } from '@/lib/invoke/test-issues';

const weekdays = '0 0 2 ? * MON-FRI Asia/Shanghai';

describe('RepeatMode and Frequency', () => {
  it('run once, at the next reboot or at every reboot without a Frequency', () => {
    for (const repeatMode of ['Once', 'NextRebootOnly', 'EveryReboot'] as const) {
      expect(issuesFor(validDraft({ repeatMode }))).toEqual([]);
    }
  });

  it('accept Period with a valid Frequency', () => {
    expect(issuesFor(validDraft({ repeatMode: 'Period', frequency: weekdays }))).toEqual([]);
    expect(issuesFor(validDraft({ repeatMode: 'Period', frequency: 'rate(5m)' }))).toEqual([]);
  });

  it('require a Frequency for Period', () => {
    expect(issuesFor(validDraft({ repeatMode: 'Period', frequency: '  ' }))).toMatchObject([
      { path: 'frequency', code: 'MissingParam.Frequency', message: expect.stringMatching(/^Frequency is required when Repeat mode is Period/) },
    ]);
  });

  it('refuse a Frequency with any other mode, which the API would silently run as Period', () => {
    for (const repeatMode of ['Once', 'NextRebootOnly', 'EveryReboot'] as const) {
      expect(issuesFor(validDraft({ repeatMode, frequency: weekdays }))).toMatchObject([
        { path: 'frequency', code: 'InvalidParameter.Frequency', message: expect.stringMatching(/^Frequency is only used when Repeat mode is Period/) },
      ]);
    }
  });

  it('refuse an invalid Frequency with the parser’s reason', () => {
    for (const frequency of ['every day at 2', '15 10 * * *', 'rate(30s)', '0 15 008 ? * *']) {
      expect(issuesFor(validDraft({ repeatMode: 'Period', frequency }))).toMatchObject([
        { path: 'frequency', code: 'InvalidParam.Frequency', message: expect.stringMatching(/^Frequency\b.{10,}/) },
      ]);
    }
  });

  it('measure the interval against the launch timeout, else the command timeout', () => {
    const period = { repeatMode: 'Period' as const, frequency: 'rate(2m)' };
    expect(codesFor(validDraft({ ...period, timeout: 60 }))).toEqual([]);
    const tooShort = [{ path: 'frequency', code: 'InvalidParam.Frequency', message: expect.stringContaining('task timeout (10 minutes)') }];
    expect(issuesFor(validDraft({ ...period, timeout: 600 }))).toMatchObject(tooShort);
    const slow = testContext({ command: shellCommand({ timeout: 600 }) });
    expect(issuesFor(validDraft(period), slow)).toMatchObject(tooShort);
  });

  it('refuse instances whose agent is too old for a scheduled Period', () => {
    const context = testContext({ instances: [linuxInstance('i-1'), linuxInstance('i-2', { agentVersion: '2.2.0.100' })] });
    expect(issuesFor(validDraft({ repeatMode: 'Period', frequency: weekdays }), context)).toMatchObject([
      { path: 'instanceIds.1', code: 'InvalidInstance.NotMatch', message: expect.stringContaining('Agent 2.2.0.100 too old for schedules (needs 2.2.3.282)') },
    ]);
  });
});

describe('Timeout', () => {
  it('allows 10 seconds and refuses 9', () => {
    expect(issuesFor(validDraft({ timeout: 10 }))).toEqual([]);
    expect(issuesFor(validDraft({ timeout: 9 }))).toMatchObject([
      { path: 'timeout', code: 'InvalidParameter.Timeout', message: 'Timeout must be at least 10 seconds (it is 9).' },
    ]);
  });

  it('must be whole seconds', () => {
    expect(issuesFor(validDraft({ timeout: 10.5 }))).toMatchObject([{ path: 'timeout', message: 'Timeout must be a whole number of seconds.' }]);
  });

  it('may be left out to keep the command timeout', () => {
    expect(codesFor(validDraft({ timeout: undefined }))).toEqual([]);
  });
});
