import { describe, expect, it } from 'vitest';

import { parseEnv } from '@/lib/env';

import { ecsOptionsFromEnv, parseEndpoint, resolveOptions } from './options';

const envOf = (vars: Record<string, string>) => parseEnv({ NODE_ENV: 'test', ...vars });

describe('parseEndpoint', () => {
  it('reads host, host:port and http(s)://host:port; the SDK gets the host without a scheme', () => {
    expect(parseEndpoint('http://127.0.0.1:8787')).toEqual({ host: '127.0.0.1:8787', protocol: 'http' });
    expect(parseEndpoint('HTTP://127.0.0.1:8787/')).toEqual({ host: '127.0.0.1:8787', protocol: 'http' });
    expect(parseEndpoint('https://ecs.example.com')).toEqual({ host: 'ecs.example.com', protocol: 'https' });
    expect(parseEndpoint('ecs-cn-hangzhou.aliyuncs.com')).toEqual({ host: 'ecs-cn-hangzhou.aliyuncs.com', protocol: 'https' });
    expect(parseEndpoint('127.0.0.1:9000')).toEqual({ host: '127.0.0.1:9000', protocol: 'https' });
  });

  it('refuses a path', () => {
    expect(() => parseEndpoint('http://host/path')).toThrow(/ECS_ENDPOINT/);
  });
});

describe('ecsOptionsFromEnv', () => {
  it('sandbox mode: the launcher’s endpoint and key pair, the configured timeouts and attempts', () => {
    const env = envOf({
      INVOKEDECK_MODE: 'sandbox',
      ECS_ENDPOINT: 'http://127.0.0.1:8787',
      SANDBOX_ACCESS_KEY_ID: 'ak',
      SANDBOX_ACCESS_KEY_SECRET: 'sk',
      ECS_READ_TIMEOUT_MS: '9000',
      ECS_MAX_ATTEMPTS: '3',
    });
    expect(ecsOptionsFromEnv(env)).toEqual({
      endpoint: 'http://127.0.0.1:8787',
      credentials: { accessKeyId: 'ak', accessKeySecret: 'sk' },
      connectTimeoutMs: 5_000,
      readTimeoutMs: 9_000,
      maxAttempts: 3,
    });
  });

  it('sandbox mode without the launcher’s variables says how to start', () => {
    const env = envOf({ INVOKEDECK_MODE: 'sandbox' });
    expect(() => ecsOptionsFromEnv(env)).toThrow(/npm start/);
  });

  it('live mode: no fixed keys (the credentials chain), regional endpoints unless ECS_ENDPOINT is set', () => {
    const env = envOf({
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI-live',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'live-secret',
      ECS_REGIONS: 'cn-beijing,cn-hangzhou',
    });
    const options = ecsOptionsFromEnv(env);
    expect(options.credentials).toBeUndefined();
    expect(options.endpoint).toBeUndefined();
    expect(options.defaultRegion).toBe('cn-beijing');
  });
});

describe('resolveOptions', () => {
  it('defaults to explicit timeouts (the SDK’s own are 3 s) and four attempts', () => {
    const resolved = resolveOptions({});
    expect(resolved).toMatchObject({ connectTimeoutMs: 5_000, readTimeoutMs: 15_000, endpoint: null, credentials: null });
    expect(resolved.retry).toEqual({ maxAttempts: 4, baseDelayMs: 200, maxDelayMs: 5_000, maxRetryAfterMs: 20_000 });
  });
});
