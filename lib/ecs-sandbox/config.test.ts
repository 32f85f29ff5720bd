import { describe, expect, it } from 'vitest';
import { sandboxOptionsFromEnv } from './config';

describe('sandboxOptionsFromEnv', () => {
  it('has the documented defaults', () => {
    expect(sandboxOptionsFromEnv({})).toMatchObject({ port: 8787, dataDir: 'data/sandbox', limits: {} });
  });

  it('reads every variable', () => {
    const options = sandboxOptionsFromEnv({
      SANDBOX_PORT: '9000',
      SANDBOX_ACCESS_KEY_ID: 'ak',
      SANDBOX_ACCESS_KEY_SECRET: 'sk',
      SANDBOX_SECURITY_TOKEN: 'tok',
      SANDBOX_INSTANCES: '10000',
      SANDBOX_DATA_DIR: ':memory:',
      SANDBOX_CLOCK: 'manual',
      SANDBOX_FAULTS: '{"InvokeCommand":{"throttle":0.1,"next":["internalError"]}}',
      SANDBOX_MAX_INSTANCES_PER_CALL: '100',
      SANDBOX_MAX_CONTENT_BYTES: '24576',
      SANDBOX_DAILY_QUOTA: '10',
      SANDBOX_CONTROL_TOKEN: 'control-token-0123456789',
      SANDBOX_ALLOWED_HOSTS: ' ecs-sandbox, Sandbox.internal ,',
      SANDBOX_SEED_HISTORY: '0',
    });
    expect(options).toMatchObject({
      port: 9000,
      accessKeyId: 'ak',
      accessKeySecret: 'sk',
      securityToken: 'tok',
      instances: 10_000,
      dataDir: undefined,
      clock: 'manual',
      faults: { InvokeCommand: { throttle: 0.1, next: ['internalError'] } },
      limits: { instancesPerCall: 100, contentBase64Bytes: 24_576, dailyInvocations: 10 },
      controlToken: 'control-token-0123456789',
      allowedHosts: ['ecs-sandbox', 'sandbox.internal'],
      seedHistory: false,
    });
    expect(sandboxOptionsFromEnv({ SANDBOX_SEED_HISTORY: 'true' }).seedHistory).toBe(true);
  });

  it.each([
    ['SANDBOX_PORT', 'eighty'],
    ['SANDBOX_INSTANCES', '0'],
    ['SANDBOX_CLOCK', 'slow'],
    ['SANDBOX_FAULTS', '{"InvokeCommand":{"throttle":3}}'],
    ['SANDBOX_FAULTS', 'not json'],
    ['SANDBOX_DAILY_QUOTA', '-1'],
    ['SANDBOX_ALLOWED_HOSTS', 'sandbox:8787'],
    ['SANDBOX_ALLOWED_HOSTS', '*'],
    ['SANDBOX_SEED_HISTORY', 'no'],
  ])('names %s when its value %j is bad', (name, value) => {
    expect(() => sandboxOptionsFromEnv({ [name]: value })).toThrow(name);
  });

  it('wants a control token of at least 16 characters, and does not repeat a bad one', () => {
    let message = '';
    try {
      sandboxOptionsFromEnv({ SANDBOX_CONTROL_TOKEN: 'short-secret' });
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).toContain('SANDBOX_CONTROL_TOKEN');
    expect(message).not.toContain('short-secret');
  });

  it('wants both halves of a key pair', () => {
    expect(() => sandboxOptionsFromEnv({ SANDBOX_ACCESS_KEY_ID: 'ak' })).toThrow('SANDBOX_ACCESS_KEY_SECRET');
  });
});
