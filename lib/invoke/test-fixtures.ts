import { DEFAULT_LIMITS } from '@/lib/invoke/limits';
import type { InvokeCommandInfo, InvokeContext, InvokeInstanceInfo } from '@/lib/invoke/types';

/** Builders for the rules' unit tests: a valid world that each test bends in one place. */

export function linuxInstance(instanceId: string, overrides: Partial<InvokeInstanceInfo> = {}): InvokeInstanceInfo {
  return {
    instanceId,
    name: `web-${instanceId}`,
    osType: 'linux',
    status: 'Running',
    networkType: 'vpc',
    agentOnline: true,
    agentVersion: '2.2.3.400',
    ...overrides,
  };
}

export function windowsInstance(instanceId: string, overrides: Partial<InvokeInstanceInfo> = {}): InvokeInstanceInfo {
  return linuxInstance(instanceId, { osType: 'windows', name: `win-${instanceId}`, agentVersion: '2.1.3.400', ...overrides });
}

export function shellCommand(overrides: Partial<InvokeCommandInfo> = {}): InvokeCommandInfo {
  return {
    commandId: 'c-patch',
    name: 'patch-web.sh',
    type: 'RunShellScript',
    content: 'echo {{name}} {{port}}',
    enableParameter: true,
    parameterNames: ['name', 'port'],
    parameterDefinitions: [{ name: 'name' }, { name: 'port', defaultValue: '80' }],
    timeout: 60,
    ...overrides,
  };
}

export function powerShellCommand(overrides: Partial<InvokeCommandInfo> = {}): InvokeCommandInfo {
  return shellCommand({
    commandId: 'c-win',
    name: 'deploy.ps1',
    type: 'RunPowerShellScript',
    content: 'Write-Output hello',
    enableParameter: false,
    parameterNames: [],
    parameterDefinitions: [],
    ...overrides,
  });
}

export function testContext(overrides: Partial<InvokeContext> = {}): InvokeContext {
  return {
    command: shellCommand(),
    instances: [linuxInstance('i-1'), linuxInstance('i-2'), windowsInstance('i-win')],
    limits: DEFAULT_LIMITS,
    now: new Date('2030-01-15T08:00:00Z'),
    quota: { used: 0, limit: DEFAULT_LIMITS.dailyInvocations },
    ...overrides,
  };
}
