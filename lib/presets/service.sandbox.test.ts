import { afterAll, beforeAll, expect, it } from 'vitest';

import { type SessionUser } from '@/lib/auth/sessions';
import { findPresetBySlug, listPresetVersions } from '@/lib/db/presets';
import { describeEachDatabase } from '@/lib/db/test-databases';
import { startTestSandbox, type TestSandbox } from '@/lib/ecs/test-sandbox';
import { createCommand, deleteCommand } from '@/lib/ecs-sandbox/testing/commands';
import { AppError } from '@/lib/errors';
import { emptyDraft, type InvokeDraft } from '@/lib/invoke/draft';

import { readStoredPayload } from './payload';
import { createPreset, deletePreset, duplicatePreset, restorePresetVersion, savePresetChanges, updatePresetDetails } from './service';
import { openPayload } from './world';

const REGION = 'cn-shanghai';
const SECRET = 'Zq9-UNIQUE-registry-secret-7f31c';
const priya: SessionUser = { userId: 'u-priya', username: 'priya', displayName: 'Priya', role: 'operator' };
const marco: SessionUser = { userId: 'u-marco', username: 'marco', displayName: 'Marco', role: 'operator' };

let t: TestSandbox;
let draft: InvokeDraft;
let names: Map<string, string>;

beforeAll(async () => {
  t = await startTestSandbox();
  const ecs = t.client();
  const command = (await ecs.describeCommands(REGION, { name: 'patch-web.sh' })).items[0];
  const page = await ecs.listInstancesWithAgentPage(REGION, null, { name: 'dev-*', maxResults: 100 });
  names = new Map(page.items.map((instance) => [instance.name, instance.instanceId]));
  draft = {
    ...emptyDraft(REGION),
    commandId: command?.commandId ?? '',
    instanceIds: ['dev-01', 'dev-02', 'dev-04', 'dev-05'].map((name) => names.get(name) ?? ''),
    parameters: [
      { name: 'packages', value: 'nginx', secret: false },
      { name: 'image_tag', value: 'v2', secret: false },
      { name: 'registry_token', value: SECRET, secret: true },
    ],
    username: 'deploy',
  };
});
afterAll(() => t.close());

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const caught = await promise.then(() => null, (error: unknown) => error);
  if (!(caught instanceof AppError)) throw new Error(`expected an AppError, got ${String(caught)}`);
  return caught;
}

describeEachDatabase('preset changes', (db) => {
  it('create, save, rename, restore, duplicate and delete, each a version with who and what, never a secret', async () => {
    const deps = () => ({ db: db(), ecs: t.client() });
    const created = await createPreset(deps(), priya, { name: 'prod web patch', description: 'Weekdays', draft });
    expect(created.slug).toMatch(/^prod-web-patch-[a-z2-9]{6}$/);

    const stale = await refusal(savePresetChanges(deps(), marco, { presetId: created.presetId, expectedVersion: 2, draft }));
    expect([stale.code, stale.status]).toEqual(['PRESET_CHANGED', 409]);
    expect(stale.message).toContain('priya saved version 1');
    expect((await refusal(savePresetChanges(deps(), marco, { presetId: created.presetId, expectedVersion: 1, draft }))).code).toBe('NO_CHANGES');

    const edited = { ...draft, instanceIds: draft.instanceIds.slice(0, 2), parameters: draft.parameters.map((entry) => (entry.name === 'image_tag' ? { ...entry, value: 'v3' } : entry)) };
    const saved = await savePresetChanges(deps(), marco, { presetId: created.presetId, expectedVersion: 1, draft: edited });
    expect(saved).toMatchObject({ version: 2, change: 'Changed Instances, Parameter image_tag' });

    const renamed = await updatePresetDetails(deps(), priya, { presetId: created.presetId, expectedVersion: 2, name: 'Prod web patch (weekdays)', description: 'Weekdays' });
    expect(renamed).toMatchObject({ slug: created.slug, version: 3, change: 'Renamed from “prod web patch”' });

    const restored = await restorePresetVersion(deps(), marco, { presetId: created.presetId, version: 1, expectedVersion: 3 });
    expect(restored).toMatchObject({ version: 4, name: 'prod web patch', change: 'Restored version 1: Name, Instances, Parameter image_tag' });
    const versions = await listPresetVersions(db(), created.presetId);
    expect(versions.map((version) => [version.version, version.created_by_username])).toEqual([[4, 'marco'], [3, 'priya'], [2, 'marco'], [1, 'priya']]);
    expect(readStoredPayload(versions[0]?.payload ?? '')).toEqual(readStoredPayload(versions[3]?.payload ?? ''));
    expect(readStoredPayload(versions[0]?.payload ?? '')?.saved).toEqual({ commandName: 'patch-web.sh' });

    const copy = await duplicatePreset(deps(), marco, { presetId: created.presetId, name: 'staging web patch', description: '' });
    expect(copy.slug).not.toBe(created.slug);
    expect(copy.change).toBe('Duplicated from “prod web patch” version 4');

    await deletePreset(deps(), priya, created.presetId);
    expect(await findPresetBySlug(db(), created.slug)).toMatchObject({ deleted_by_username: 'priya' });
    const gone = await refusal(savePresetChanges(deps(), marco, { presetId: created.presetId, expectedVersion: 4, draft: edited }));
    expect([gone.code, gone.status]).toEqual(['PRESET_DELETED', 410]);
    expect(gone.message).toContain('deleted by priya');

    // The secret was typed into every draft above; no stored row holds it, in any form.
    const dump = JSON.stringify([await db().selectFrom('presets').selectAll().execute(), await db().selectFrom('preset_versions').selectAll().execute(), await db().selectFrom('audit_log').selectAll().execute()]);
    for (const form of [SECRET, Buffer.from(SECRET).toString('base64'), Buffer.from(SECRET).toString('base64url'), encodeURIComponent(SECRET), SECRET.toLowerCase()]) {
      expect(dump.toLowerCase()).not.toContain(form.toLowerCase());
    }
    expect(dump).toContain('preset.restore');
  });

  it('keeps a search instead of instance IDs, and says so in the version history', async () => {
    const deps = () => ({ db: db(), ecs: t.client() });
    const filter = { query: 'dev-', status: 'Running', os: 'linux' as const };
    const created = await createPreset(deps(), priya, { name: 'dev fleet', description: '', draft, instanceFilter: filter });
    const [first] = await listPresetVersions(db(), created.presetId);
    const stored = readStoredPayload(first?.payload ?? '');
    expect(stored?.instanceFilter).toEqual(filter);
    expect(stored?.draft.instanceIds).toEqual([]);
    expect((await openPayload(t.client(), stored!)).instanceFilter).toEqual(filter);

    const listed = await savePresetChanges(deps(), marco, { presetId: created.presetId, expectedVersion: 1, draft, instanceFilter: null });
    expect(listed.change).toBe('Changed Instances');
    const [second] = await listPresetVersions(db(), created.presetId);
    expect(readStoredPayload(second?.payload ?? '')?.draft.instanceIds).toEqual(draft.instanceIds);
  });
});

it('opens a saved form against the world as it is now: stopped, released, replaced', async () => {
  const ecs = t.client();
  const payload = { draft: { ...draft, parameters: draft.parameters.map((entry) => (entry.secret ? { ...entry, value: '' } : entry)) }, saved: { commandName: 'patch-web.sh' } };
  expect((await openPayload(ecs, payload)).changes).toEqual([]);

  await t.control('POST', `/_sandbox/instances/${names.get('dev-02')}/power`, { action: 'stop' });
  await t.control('POST', `/_sandbox/instances/${names.get('dev-04')}/release`);
  // The script changed: a new command takes the old name (Cloud Assistant commands cannot be edited).
  await deleteCommand(t.sandbox, REGION, draft.commandId);
  await createCommand(t.sandbox, { regionId: REGION, name: 'patch-web.sh', type: 'RunShellScript', enableParameter: true, content: 'apt-get install -y {{packages}} && echo {{registry_token}} {{channel}}' });

  const opened = await openPayload(ecs, payload);
  expect(opened.checkFailed).toBeNull();
  expect(opened.changes.map((change) => change.kind)).toEqual(['command-replaced', 'parameters-added', 'parameters-removed', 'instances-gone', 'instances-ineligible']);
  expect(opened.draft.instanceIds).toEqual([names.get('dev-01'), names.get('dev-02'), names.get('dev-05')]);
  expect(opened.changes.at(-1)).toEqual({ kind: 'instances-ineligible', instances: [{ instanceId: names.get('dev-02'), name: 'dev-02', reason: 'Stopping' }] });
  expect(opened.draft.parameters.map((entry) => entry.name)).toEqual(['packages', 'registry_token', 'channel']);
  expect(opened.requiredSecrets).toEqual(['registry_token']);

  await t.faults({ '*': { next: ['unavailable', 'unavailable', 'unavailable', 'unavailable', 'unavailable', 'unavailable', 'unavailable', 'unavailable'] } });
  const offline = await openPayload(ecs, payload);
  expect(offline.checkFailed).toContain('ServiceUnavailable');
  expect(offline.draft).toEqual(payload.draft);
  await t.control('DELETE', '/_sandbox/faults');
});
