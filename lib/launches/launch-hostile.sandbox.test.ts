import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runAction } from '@/lib/auth/action';
import { type SessionUser } from '@/lib/auth/sessions';
import { type Db, migrate, openDb } from '@/lib/db/client';
import { discoveredRegions, type EcsClient, type RegionGuard } from '@/lib/ecs';
import { startTestSandbox, type TestSandbox } from '@/lib/ecs/test-sandbox';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';

import { launch } from './launch';
import { launchInputSchema } from './launch-input';
import { secretKeyFrom } from './secret-box';

/**
 * The launch action as an attacker meets it: thousands of malformed and hostile payloads
 * (wrong types, huge arrays, unknown or forged regions, control characters, prototype keys)
 * through the same parse-then-launch path the server action runs. Each must be refused with a
 * 4xx that names its field, and not one may reach the sandbox.
 */
const operator: SessionUser = { userId: '00000000-0000-4000-8000-00000000000a', username: 'mallory', displayName: 'Mallory', role: 'operator' };

let t: TestSandbox;
let ecs: EcsClient;
let regions: RegionGuard;
let db: Db;
let dir: string;

beforeAll(async () => {
  t = await startTestSandbox();
  const holder: { client?: EcsClient } = {};
  regions = discoveredRegions(async () => (await (holder.client as EcsClient).describeRegions()).regions.map((region) => region.regionId));
  ecs = holder.client = t.client({ regions, defaultRegion: 'cn-hangzhou' });
  // The guard learns the sandbox's regions once, as the app does at its first call.
  await regions.regions();
  dir = mkdtempSync(join(tmpdir(), 'launch-hostile-'));
  db = openDb({ kind: 'sqlite', file: join(dir, 'test.db') });
  await migrate(db);
});

afterAll(async () => {
  await db.destroy();
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const config = { name: 'launchCommand', access: 'operator', schema: launchInputSchema } as const;
const send = (payload: unknown) =>
  runAction(config, (input, { user }) => launch({ db, ecs, regions, limits: DEFAULT_LIMITS, secretKey: secretKeyFrom(Buffer.alloc(32, 1)) }, user, input), payload, { user: operator });

const controlChars = fc.string({ unit: fc.constantFrom('\u0000', '\r', '\n', '\t', '\u001b', '\u2028', 'a', '/', '.', '\\', ' ', '%') , minLength: 1, maxLength: 40 });
const hostileText = fc.oneof(controlChars, fc.constantFrom('__proto__', 'constructor', 'prototype', '../../etc/passwd', '<script>alert(1)</script>', 'evil.example.com', "' OR 1=1 --"));
const notAString = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { minLength: 1, maxLength: 3 }), fc.object({ maxDepth: 1 }));
const badRegion = fc.oneof(hostileText, fc.constantFrom('us-east-9', 'cn-hangzhou.evil.example', 'CN-HANGZHOU', 'cn-shanghai ', `cn-${'a'.repeat(80)}`), notAString);
const badInstanceIds = fc.oneof(
  fc.array(hostileText, { minLength: 1, maxLength: 5 }),
  fc.constant(Array.from({ length: 10_001 }, (_, index) => `i-uf6${index.toString(36).padStart(8, '0')}`)),
  fc.array(notAString, { minLength: 1, maxLength: 3 }),
  notAString,
);

/** A draft that would pass its shape, for each mutation below to spoil in its own way. */
const base = {
  regionId: 'cn-shanghai',
  commandId: 'c-sh0abcdefabcd',
  instanceIds: ['i-uf6abcdefabcdef'],
  repeatMode: 'Once',
  frequency: '',
  parameters: [{ name: 'packages', value: 'nginx', secret: false }],
  username: '',
  windowsPasswordName: '',
};

type Mutation = [field: string, value: unknown];
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  badRegion.map((value): Mutation => ['regionId', value]),
  badInstanceIds.map((value): Mutation => ['instanceIds', value]),
  fc.oneof(hostileText, notAString).map((value): Mutation => ['commandId', value]),
  fc.oneof(hostileText, notAString).map((value): Mutation => ['repeatMode', value]),
  fc.oneof(notAString, fc.constant('x'.repeat(2_000))).map((value): Mutation => ['frequency', value]),
  fc.oneof(notAString, fc.constant('u'.repeat(5_000))).map((value): Mutation => ['username', value]),
  fc.oneof(fc.constant(Number.POSITIVE_INFINITY), fc.constant('60'), fc.constant({})).map((value): Mutation => ['timeout', value]),
  fc
    .oneof(
      notAString,
      fc.constant(Array.from({ length: 500 }, (_, index) => ({ name: `p${index}`, value: 'v', secret: false }))),
      fc.array(fc.record({ name: notAString, value: fc.string(), secret: fc.boolean() }), { minLength: 1, maxLength: 3 }),
      fc.constant([{ name: 'x', value: 'v'.repeat(70_000), secret: false }]),
    )
    .map((value): Mutation => ['parameters', value]),
);

/** The whole payload: a spoiled draft, or the envelope itself spoiled (a forged launchId, not an object at all). */
const payload = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty')).map(([mutations, key]) => {
    const draft = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
    for (const [field, value] of mutations) draft[field] = value;
    // Prototype keys smuggled in as JSON keys, the way a crafted request body carries them.
    const withProto = JSON.parse(`{"${key}": {"polluted": "yes"}, "draft": ${JSON.stringify(draft)}}`) as Record<string, unknown>;
    return { ...withProto, launchId: crypto.randomUUID() };
  }) },
  { weight: 1, arbitrary: fc.record({ launchId: fc.oneof(hostileText, notAString), draft: fc.constant(base) }) },
  { weight: 1, arbitrary: fc.oneof(notAString, fc.string(), fc.constant(undefined)) },
);

describe('hostile launch payloads', () => {
  it('are each refused with a field-named 4xx, and nothing reaches the sandbox', async () => {
    await t.forget();
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(payload, async (input) => {
        const result = await send(input);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.status, result.message).toBeGreaterThanOrEqual(400);
        expect(result.status, result.message).toBeLessThan(500);
        const fields = Object.keys(result.fieldErrors ?? {});
        expect(fields.length, result.message).toBeGreaterThan(0);
        // Each message says which field it is about, in words an operator reads.
        for (const messages of Object.values(result.fieldErrors ?? {})) {
          for (const message of messages) expect(message).toMatch(/^(The launch ID|Launch|Region|Command|Instance|Repeat mode|Frequency|Parameter|Username|Windows password name|Timeout|Working directory|Preset|Invalid input)/);
        }
        refused += 1;
      }),
      { numRuns: 2_000 },
    );
    expect(refused).toBe(2_000);
    expect((await t.requests()).map((request) => `${request.action} ${JSON.stringify(request.params).slice(0, 300)}`)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await db.selectFrom('launches').select('id').execute()).toEqual([]);
  });
});
