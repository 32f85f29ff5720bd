import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { createCredential } from '@/lib/ecs/sdk';
import { parseEnv } from '@/lib/env';
import { modeInfo } from '@/lib/mode';

/**
 * Issue 14: an operator who uses the aliyun CLI is at home. Live mode finds its profile and
 * ALIBABA_CLOUD_CREDENTIALS_URI as the official credentials chain does, and takes the region
 * from ALIBABA_CLOUD_REGION_ID or the profile. Each case has a home of its own.
 */
const homes: string[] = [];

function homeWith(config: unknown): string {
  const home = mkdtempSync(join(tmpdir(), 'invokedeck-home-'));
  homes.push(home);
  if (config !== undefined) {
    mkdirSync(join(home, '.aliyun'));
    writeFileSync(join(home, '.aliyun', 'config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  }
  return home;
}

const CONFIG = {
  current: 'ops',
  profiles: [
    { name: 'default', mode: 'AK', access_key_id: 'LTAI-default', access_key_secret: 'default-secret', region_id: 'cn-beijing' },
    { name: 'ops', mode: 'AK', access_key_id: 'LTAI-ops', access_key_secret: 'ops-secret', region_id: 'ap-southeast-1' },
  ],
};

const parse = (vars: Record<string, string>, home: string) => parseEnv({ NODE_ENV: 'test', ...vars }, home);

afterEach(() => {
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
});

describe('live mode from the aliyun CLI', () => {
  it('takes the current CLI profile as credentials and its region as the one offered', () => {
    const env = parse({}, homeWith(CONFIG));
    expect(env.mode).toBe('live');
    expect(env.defaultRegion).toBe('ap-southeast-1');
    expect(modeInfo(env)).toEqual({ kind: 'live', regions: ['ap-southeast-1'] });
  });

  it('takes the profile ALIBABA_CLOUD_PROFILE names, and ALIBABA_CLOUD_REGION_ID over any profile', () => {
    const home = homeWith(CONFIG);
    expect(parse({ ALIBABA_CLOUD_PROFILE: 'default' }, home).defaultRegion).toBe('cn-beijing');
    expect(parse({ ALIBABA_CLOUD_PROFILE: 'default', ALIBABA_CLOUD_REGION_ID: 'cn-shenzhen' }, home).defaultRegion).toBe('cn-shenzhen');
    // ECS_REGIONS, when set, is what is offered.
    expect(modeInfo(parse({ ECS_REGIONS: 'cn-hangzhou,cn-shanghai', ALIBABA_CLOUD_REGION_ID: 'cn-shenzhen' }, home))).toEqual({ kind: 'live', regions: ['cn-hangzhou', 'cn-shanghai'] });
  });

  it('ignores the CLI profile when ALIBABA_CLOUD_CLI_PROFILE_DISABLED is true, when the named profile is missing, or the file is not JSON', () => {
    expect(parse({ ALIBABA_CLOUD_CLI_PROFILE_DISABLED: 'TRUE' }, homeWith(CONFIG)).mode).toBe('sandbox');
    expect(parse({ ALIBABA_CLOUD_PROFILE: 'nobody' }, homeWith(CONFIG)).mode).toBe('sandbox');
    expect(parse({}, homeWith('{ not json')).mode).toBe('sandbox');
    const nothing = parse({}, homeWith(undefined));
    expect(nothing.mode).toBe('sandbox');
    expect(nothing.defaultRegion).toBe('cn-hangzhou');
  });

  it('counts ALIBABA_CLOUD_CREDENTIALS_URI as credentials, and names a wrong ALIBABA_CLOUD_REGION_ID', () => {
    expect(parse({ ALIBABA_CLOUD_CREDENTIALS_URI: 'http://127.0.0.1:9999/credentials' }, homeWith(undefined)).mode).toBe('live');
    expect(() => parse({ ALIBABA_CLOUD_REGION_ID: 'not a region' }, homeWith(undefined))).toThrow(/ALIBABA_CLOUD_REGION_ID: must be a region ID/);
    expect(() => parse({ INVOKEDECK_MODE: 'live' }, homeWith(undefined))).toThrow(/an aliyun CLI profile/);
  });

  it('agrees with the official credentials chain: the profile it found is the one the SDK signs with', async () => {
    const home = homeWith(CONFIG);
    const saved = { HOME: process.env.HOME, ALIBABA_CLOUD_PROFILE: process.env.ALIBABA_CLOUD_PROFILE };
    process.env.HOME = home;
    process.env.ALIBABA_CLOUD_PROFILE = 'default';
    try {
      expect(parse({ ALIBABA_CLOUD_PROFILE: 'default' }, home).defaultRegion).toBe('cn-beijing');
      const credential = await createCredential(null).getCredential();
      expect(credential.accessKeyId).toBe('LTAI-default');
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});

describe('DRAFT_LINK_TTL_DAYS', () => {
  it('keeps form links 30 days unless told, and names a value out of range', () => {
    const home = homeWith(undefined);
    expect(parse({}, home).DRAFT_LINK_TTL_DAYS).toBe(30);
    expect(parse({ DRAFT_LINK_TTL_DAYS: '7' }, home).DRAFT_LINK_TTL_DAYS).toBe(7);
    expect(() => parse({ DRAFT_LINK_TTL_DAYS: '0' }, home)).toThrow(/DRAFT_LINK_TTL_DAYS: must be a whole number from 1 to 365/);
  });
});
