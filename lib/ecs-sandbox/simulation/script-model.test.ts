import { describe, expect, it } from 'vitest';
import { Rng } from './random';
import type { ScriptContext } from './script-context';
import { simulateScript, substituteBuiltIns } from './script-model';

function context(overrides: Partial<ScriptContext> = {}): ScriptContext {
  return {
    instance: {
      instanceId: 'i-uf6abc', instanceName: 'web-prod-001', hostName: 'web-prod-001', osType: 'linux', osName: 'Ubuntu', osNameEn: 'Ubuntu  22.04 64 bit',
      privateIp: '172.16.0.3', cpu: 2, memory: 8192, regionId: 'cn-shanghai',
    },
    username: 'root',
    workingDir: '/root',
    startedAt: Date.UTC(2026, 0, 1),
    diskFull: false,
    rng: new Rng(1),
    ...overrides,
  };
}

describe('reading scripts without running them', () => {
  it('echoes lines with the host filled in and stops at exit N', () => {
    const result = simulateScript('RunShellScript', '#!/bin/bash\n# comment\necho "hello from $(hostname)"\nexit 4\necho unreachable', context());
    expect(result).toMatchObject({ lines: ['hello from web-prod-001'], exitCode: 4 });
  });

  it('adds sleep time, skips conditionals it cannot evaluate, and keeps going without set -e', () => {
    const script = 'sleep 12\nif [ -f /x ]; then\n  exit 9\nfi\nfalse\necho after';
    expect(simulateScript('RunShellScript', script, context())).toMatchObject({ lines: ['after'], exitCode: 0, seconds: 12 });
  });

  it('stops at the first failing step under set -e: apt on a full disk exits 100', () => {
    const script = 'set -euo pipefail\napt-get install -y nginx\necho done';
    const result = simulateScript('RunShellScript', script, context({ diskFull: true }));
    expect(result.exitCode).toBe(100);
    expect(result.lines.at(-1)).toContain("don't have enough free space");
    expect(simulateScript('RunShellScript', script, context()).exitCode).toBe(0);
  });

  it('marks clean-up scripts as freeing the disk', () => {
    expect(simulateScript('RunShellScript', 'apt-get clean\ndf -h /', context({ diskFull: true })).freesDisk).toBe(true);
    expect(simulateScript('RunShellScript', 'df -h /', context()).freesDisk).toBe(false);
  });

  it('prints only what reaches stdout: a piped echo and a redirect print nothing', () => {
    const result = simulateScript('RunShellScript', 'echo "$TOKEN" | docker login --password-stdin r\necho secret > /tmp/x', context());
    expect(result.lines).toEqual(['Login Succeeded']);
  });

  it('reads PowerShell and batch scripts', () => {
    const ps = simulateScript('RunPowerShellScript', 'Write-Output "on $env:COMPUTERNAME as $(whoami)"\nStart-Sleep -Seconds 3\nexit 2', context({ username: 'svc-deploy' }));
    expect(ps).toMatchObject({ lines: ['on web-prod-001 as web-prod-001\\svc-deploy'], exitCode: 2, seconds: 3 });
    const bat = simulateScript('RunBatScript', '@echo off\nrem x\nipconfig /flushdns\necho done on %COMPUTERNAME%\nexit /b 1', context());
    expect(bat.lines).toContain('Successfully flushed the DNS Resolver Cache.');
    expect(bat.lines.at(-1)).toBe('done on web-prod-001');
    expect(bat.exitCode).toBe(1);
  });

  it('produces more than 24 KB for dpkg -l', () => {
    const text = simulateScript('RunShellScript', 'dpkg -l', context()).lines.join('\n');
    expect(Buffer.byteLength(text)).toBeGreaterThan(30 * 1024);
  });

  it('fills in the ACS built-ins', () => {
    const values = { regionId: 'cn-shanghai', instanceId: 'i-1', instanceName: 'web', invokeId: 't-1', commandId: 'c-1' };
    expect(substituteBuiltIns('{{ACS::InstanceId}} {{ ACS::RegionId }} {{ACS::Unknown}}', values)).toBe('i-1 cn-shanghai {{ACS::Unknown}}');
  });
});
