import { describe, expect, it } from 'vitest';
import { CLASSIC_NETWORK_WARNING, compareVersions, eligibility, needsScheduleAgent } from '@/lib/invoke/eligibility';
import { linuxInstance, powerShellCommand, shellCommand, windowsInstance } from '@/lib/invoke/test-fixtures';

const shell = shellCommand();
const daily = { repeatMode: 'Period' as const, frequency: '0 0 2 ? * MON-FRI Asia/Shanghai' };

describe('eligibility', () => {
  it('accepts a running VPC Linux instance with its agent online for a shell command', () => {
    expect(eligibility(linuxInstance('i-1'), shell)).toEqual({ eligible: true });
  });

  it('refuses an instance that is not running, naming its status', () => {
    expect(eligibility(linuxInstance('i-1', { status: 'Stopped' }), shell)).toEqual({
      eligible: false,
      code: 'InstanceNotRunning',
      reason: 'Stopped',
    });
  });

  it('refuses the classic network', () => {
    const result = eligibility(linuxInstance('i-1', { networkType: 'classic' }), shell);
    expect(result).toMatchObject({ code: 'NetworkNotVpc', reason: 'Classic network — Cloud Assistant needs a VPC' });
  });

  it('refuses an offline agent', () => {
    expect(eligibility(linuxInstance('i-1', { agentOnline: false }), shell)).toMatchObject({ reason: 'Agent offline' });
  });

  it('refuses a shell command on Windows and a Windows command on Linux', () => {
    expect(eligibility(windowsInstance('i-w'), shell)).toMatchObject({
      code: 'CommandNotApplicable',
      reason: 'Windows instance, Linux shell command',
    });
    expect(eligibility(linuxInstance('i-1'), powerShellCommand())).toMatchObject({
      reason: 'Linux instance, PowerShell command',
    });
    expect(eligibility(linuxInstance('i-1'), shellCommand({ type: 'RunBatScript' }))).toMatchObject({
      reason: 'Linux instance, Windows batch command',
    });
    expect(eligibility(windowsInstance('i-w'), powerShellCommand())).toEqual({ eligible: true });
  });

  it('does not judge the OS before a command is chosen', () => {
    expect(eligibility(windowsInstance('i-w'), null)).toEqual({ eligible: true });
  });

  it('refuses an agent too old for schedules, at the exact minimum and one below', () => {
    expect(eligibility(linuxInstance('i-1', { agentVersion: '2.2.3.282' }), shell, daily)).toEqual({ eligible: true });
    expect(eligibility(linuxInstance('i-1', { agentVersion: '2.2.3.281' }), shell, daily)).toMatchObject({
      code: 'ClientNeedUpgrade',
      reason: 'Agent 2.2.3.281 too old for schedules (needs 2.2.3.282)',
    });
    const win = windowsInstance('i-w', { agentVersion: '2.1.3.281' });
    expect(eligibility(win, powerShellCommand(), daily)).toMatchObject({ reason: expect.stringContaining('2.1.3.282') });
  });

  it('lets an old agent run once, on reboot, or on a classic six-field cron', () => {
    const old = linuxInstance('i-1', { agentVersion: '2.2.0.100' });
    expect(eligibility(old, shell)).toEqual({ eligible: true });
    expect(eligibility(old, shell, { repeatMode: 'EveryReboot', frequency: '' })).toEqual({ eligible: true });
    expect(eligibility(old, shell, { repeatMode: 'Period', frequency: '0 15 10 ? * *' })).toEqual({ eligible: true });
  });

  it('refuses an unknown agent version for schedules', () => {
    const unknown = linuxInstance('i-1', { agentVersion: '' });
    expect(eligibility(unknown, shell, daily)).toMatchObject({ code: 'ClientNeedUpgrade' });
  });
});

describe('eligibility outside a VPC, by mode', () => {
  const classic = (classicNetwork?: 'refuse' | 'warn') => linuxInstance('i-1', { networkType: 'classic', ...(classicNetwork && { classicNetwork }) });

  it('refuses the classic network in sandbox mode (the seed\'s rule), also when nothing says how to judge it', () => {
    expect(eligibility(classic('refuse'), shell)).toMatchObject({ eligible: false, code: 'NetworkNotVpc' });
    expect(eligibility(classic(), shell)).toMatchObject({ eligible: false, code: 'NetworkNotVpc' });
  });

  it('lets it run with a warning in live mode, and still judges everything after the network', () => {
    expect(eligibility(classic('warn'), shell)).toEqual({ eligible: true, warning: CLASSIC_NETWORK_WARNING });
    expect(eligibility(classic('warn'), powerShellCommand())).toMatchObject({ eligible: false, code: 'CommandNotApplicable' });
    expect(eligibility(linuxInstance('i-1', { networkType: 'classic', classicNetwork: 'warn', agentOnline: false }), shell)).toMatchObject({ code: 'ClientNotRunning' });
    expect(eligibility(linuxInstance('i-1', { networkType: 'classic', classicNetwork: 'warn', status: 'Stopped' }), shell)).toMatchObject({ code: 'InstanceNotRunning' });
  });

  it('gives no warning to a VPC instance in live mode', () => {
    expect(eligibility(linuxInstance('i-1', { classicNetwork: 'warn' }), shell)).toEqual({ eligible: true });
  });
});

describe('eligibility of managed instances (mi-)', () => {
  const managed = (overrides: Parameters<typeof linuxInstance>[1] = {}) => linuxInstance('mi-sh01', { kind: 'managed', status: '', ...overrides });

  it('runs a matching command when the agent is connected, with no ECS status or network to judge', () => {
    expect(eligibility(managed(), shell)).toEqual({ eligible: true });
    // Whatever the row carries for status and network, neither applies to a server outside ECS, in either mode.
    expect(eligibility(managed({ networkType: 'classic' }), shell)).toEqual({ eligible: true });
    expect(eligibility(managed({ networkType: 'classic', classicNetwork: 'warn' }), shell)).toEqual({ eligible: true });
  });

  it('refuses one whose agent is not connected, and a command for the other OS', () => {
    expect(eligibility(managed({ agentOnline: false }), shell)).toEqual({ eligible: false, code: 'ClientNotRunning', reason: 'Agent not connected' });
    expect(eligibility(managed({ osType: 'windows' }), shell)).toMatchObject({ code: 'CommandNotApplicable', reason: 'Windows instance, Linux shell command' });
    expect(eligibility(managed({ osType: 'windows' }), powerShellCommand())).toEqual({ eligible: true });
  });

  it('needs a recent agent for schedules, like an ECS instance', () => {
    expect(eligibility(managed({ agentVersion: '2.2.3.281' }), shell, daily)).toMatchObject({ code: 'ClientNeedUpgrade' });
  });
});

describe('needsScheduleAgent', () => {
  it('is true for rate(), at(), a year, a time zone, or a Period not yet filled in', () => {
    for (const frequency of ['rate(5m)', 'at(2030-01-01 00:00:00 UTC)', '0 0 12 * * ? 2031', '0 0 12 * * ? UTC', '']) {
      expect(needsScheduleAgent({ repeatMode: 'Period', frequency })).toBe(true);
    }
    expect(needsScheduleAgent({ repeatMode: 'Period', frequency: ' 0 0/30 9-17 * * ? ' })).toBe(false);
  });
});

describe('compareVersions', () => {
  it('compares numerically, not as text', () => {
    expect(compareVersions('2.2.10.1', '2.2.9.999')).toBe(1);
    expect(compareVersions('2.2.3.282', '2.2.3.282')).toBe(0);
    expect(compareVersions('2.2.3', '2.2.3.1')).toBe(-1);
  });
});
