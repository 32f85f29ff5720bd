import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { createEcsClient } from './client';
import { startTestSandbox, type TestSandbox } from './test-sandbox';

const STS_TOKEN = 'CAIS-chain-token';

let t: TestSandbox;
let home: string;
beforeAll(async () => {
  t = await startTestSandbox({ securityToken: STS_TOKEN });
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.forget();
  // Only the variables each test sets feed the chain: no profile files, and never the
  // instance metadata service (it is not on this machine's network).
  home = mkdtempSync(join(tmpdir(), 'ecs-chain-'));
  vi.stubEnv('HOME', home);
  vi.stubEnv('ALIBABA_CLOUD_ECS_METADATA_DISABLED', 'true');
  vi.stubEnv('ALIBABA_CLOUD_CREDENTIALS_FILE', join(home, 'none.ini'));
  for (const name of ['ACCESS_KEY_ID', 'ACCESS_KEY_SECRET', 'SECURITY_TOKEN', 'PROFILE', 'ROLE_ARN', 'OIDC_PROVIDER_ARN', 'OIDC_TOKEN_FILE', 'CREDENTIALS_URI', 'ECS_METADATA']) {
    vi.stubEnv(`ALIBABA_CLOUD_${name}`, undefined);
  }
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(home, { recursive: true, force: true });
});

describe('live mode: the @alicloud/credentials default chain', () => {
  it('signs with an STS credential found in the environment, against ECS_ENDPOINT', async () => {
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_ID', t.sandbox.accessKeyId);
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_SECRET', t.sandbox.accessKeySecret);
    vi.stubEnv('ALIBABA_CLOUD_SECURITY_TOKEN', STS_TOKEN);
    const client = createEcsClient({ endpoint: t.sandbox.url, maxAttempts: 1 });
    const { regions, requestId } = await client.describeRegions();
    expect(regions.length).toBeGreaterThan(0);
    expect((await t.requests('DescribeRegions'))[0]).toMatchObject({ requestId, code: 'OK', signature: 'v3' });
  });

  it('reports a chain that finds nothing as CredentialsUnavailable, before any request is sent', async () => {
    const client = createEcsClient({ endpoint: t.sandbox.url, maxAttempts: 3 });
    const error = await client.describeRegions().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'CredentialsUnavailable', status: 500, retryable: false, attempts: 1 });
    expect(await t.requests()).toHaveLength(0);
  });
});
