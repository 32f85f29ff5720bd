import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { startSandboxForApp } from './sandbox';

let dir: string;
let printed: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'app-sandbox-'));
  printed = [];
  vi.spyOn(console, 'info').mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')));
  vi.stubEnv('SANDBOX_PORT', '0');
  vi.stubEnv('SANDBOX_DATA_DIR', join(dir, 'sandbox'));
  vi.stubEnv('SANDBOX_CONTROL_TOKEN', undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('the sandbox npm start runs', () => {
  it('hands the app its control token and leaves a generated one in an owner-only file, never printed', async () => {
    const sandbox = await startSandboxForApp(dir);
    await sandbox.close();
    const token = sandbox.serverEnv.SANDBOX_CONTROL_TOKEN ?? '';
    const file = join(dir, 'sandbox', 'control-token');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(readFileSync(file, 'utf8').trim()).toBe(token);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(printed.join('\n')).toContain(file);
    expect(printed.join('\n')).not.toContain(token);
  });

  it('points at SANDBOX_CONTROL_TOKEN when it is set, and writes no file', async () => {
    vi.stubEnv('SANDBOX_CONTROL_TOKEN', 'configured-control-token-42');
    const sandbox = await startSandboxForApp(dir);
    await sandbox.close();
    expect(sandbox.serverEnv.SANDBOX_CONTROL_TOKEN).toBe('configured-control-token-42');
    expect(existsSync(join(dir, 'sandbox', 'control-token'))).toBe(false);
    expect(printed.join('\n')).toContain('the value of SANDBOX_CONTROL_TOKEN');
    expect(printed.join('\n')).not.toContain('configured-control-token-42');
  });
});
