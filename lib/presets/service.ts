import 'server-only';

import { randomUUID, webcrypto } from 'node:crypto';

import { type SessionUser } from '@/lib/auth/sessions';
import { writeAudit } from '@/lib/db/audit';
import { type Db } from '@/lib/db/client';
import { addPresetVersion, findPresetById, findPresetBySlug, findPresetVersion, insertPreset, type PresetRow, softDeletePreset } from '@/lib/db/presets';
import { type EcsClient, type RegionGuard } from '@/lib/ecs';
import { AppError, notFound } from '@/lib/errors';
import { formatUtc } from '@/lib/format';
import { type InvokeDraft } from '@/lib/invoke/draft';
import { type InstanceFilter } from '@/lib/invoke/instance-filter';
import { AD_HOC_NAME } from '@/lib/invoke/rules-script';
import { findCommand } from '@/lib/commands/list';
import { requireAllowedRegion } from '@/lib/launches/regions';

import { diffContent, diffPayloads, summarizeChanges } from './diff';
import { type PresetPayload, readStoredPayload, toPresetPayload } from './payload';
import { newSlug } from './slug';

/**
 * Every preset change: checked against the stored state, written as a new version with
 * what changed in words, and audited with the actor. Secret values are stripped here,
 * whatever the browser sent.
 */
export interface PresetDeps {
  db: Db;
  ecs: EcsClient;
  /** When given, a draft's region must be one of them (the actions always give it). */
  regions?: RegionGuard;
  now?: Date;
}

export interface SavedPreset {
  presetId: string;
  slug: string;
  name: string;
  version: number;
  change: string;
}

export async function createPreset(deps: PresetDeps, user: SessionUser, input: { name: string; description: string; draft: InvokeDraft; instanceFilter?: InstanceFilter | null }): Promise<SavedPreset> {
  await checkRegion(deps, input.draft);
  const payload = toPresetPayload(input.draft, { commandName: await commandNameOf(deps.ecs, input.draft) }, input.instanceFilter);
  return insertNew(deps, user, { name: input.name, description: input.description, payload }, 'Created');
}

async function insertNew(deps: PresetDeps, user: SessionUser, input: { name: string; description: string; payload: PresetPayload }, change: string): Promise<SavedPreset> {
  const { payload } = input;
  const id = randomUUID();
  const slug = await freeSlug(deps.db, input.name);
  await insertPreset(deps.db, { id, slug, name: input.name, description: input.description, payload: JSON.stringify(payload), username: user.username, change }, deps.now);
  await audit(deps, user, 'preset.create', slug, { name: input.name, version: 1, ...(change !== 'Created' ? { change } : {}) });
  return { presetId: id, slug, name: input.name, version: 1, change };
}

export async function savePresetChanges(deps: PresetDeps, user: SessionUser, input: { presetId: string; expectedVersion: number; draft: InvokeDraft; instanceFilter?: InstanceFilter | null }): Promise<SavedPreset> {
  await checkRegion(deps, input.draft);
  const { preset, payload: current } = await currentContent(deps.db, input.presetId, input.expectedVersion);
  const sameCommand = current.draft.commandId === input.draft.commandId && current.draft.regionId === input.draft.regionId;
  const commandName = sameCommand ? current.saved?.commandName ?? null : await commandNameOf(deps.ecs, input.draft);
  const payload = toPresetPayload(input.draft, { commandName }, input.instanceFilter);
  const changes = diffPayloads(current, payload);
  if (changes.length === 0) throw new AppError('NO_CHANGES', 422, `Nothing changed since version ${preset.current_version}, so there is nothing to save.`);
  const change = summarizeChanges(changes);
  const version = await addVersion(deps, preset, { name: preset.name, description: preset.description, payload, change }, user, input.expectedVersion);
  await audit(deps, user, 'preset.save', preset.slug, { version, change });
  return { presetId: preset.id, slug: preset.slug, name: preset.name, version, change };
}

export async function updatePresetDetails(deps: PresetDeps, user: SessionUser, input: { presetId: string; expectedVersion: number; name: string; description: string }): Promise<SavedPreset> {
  const { preset, payload } = await currentContent(deps.db, input.presetId, input.expectedVersion);
  const changes = diffContent({ name: preset.name, description: preset.description, payload }, { name: input.name, description: input.description, payload });
  if (changes.length === 0) throw new AppError('NO_CHANGES', 422, 'The name and description are as they were; there is nothing to save.');
  const change = preset.name !== input.name ? `Renamed from “${preset.name}”`.slice(0, 200) : 'Changed Description';
  const version = await addVersion(deps, preset, { name: input.name, description: input.description, payload, change }, user, input.expectedVersion);
  await audit(deps, user, preset.name !== input.name ? 'preset.rename' : 'preset.save', preset.slug, { version, change, ...(preset.name !== input.name ? { from: preset.name, to: input.name } : {}) });
  return { presetId: preset.id, slug: preset.slug, name: input.name, version, change };
}

export async function restorePresetVersion(deps: PresetDeps, user: SessionUser, input: { presetId: string; version: number; expectedVersion: number }): Promise<SavedPreset> {
  const { preset, payload: current } = await currentContent(deps.db, input.presetId, input.expectedVersion);
  const old = await findPresetVersion(deps.db, preset.id, input.version);
  const restored = old ? readStoredPayload(old.payload) : null;
  if (!old || !restored) throw notFound(`Version ${input.version} of “${preset.name}”`);
  if (input.version === preset.current_version) throw new AppError('NO_CHANGES', 422, `Version ${input.version} is already the current one.`);
  const changes = diffContent({ name: preset.name, description: preset.description, payload: current }, { name: old.name, description: old.description, payload: restored });
  const change = summarizeChanges(changes, `Restored version ${input.version}`);
  const version = await addVersion(deps, preset, { name: old.name, description: old.description, payload: restored, change }, user, input.expectedVersion);
  await audit(deps, user, 'preset.restore', preset.slug, { version, restored: input.version });
  return { presetId: preset.id, slug: preset.slug, name: old.name, version, change };
}

export async function duplicatePreset(deps: PresetDeps, user: SessionUser, input: { presetId: string; name: string; description: string }): Promise<SavedPreset> {
  const { preset, payload } = await currentContent(deps.db, input.presetId);
  const change = `Duplicated from “${preset.name}” version ${preset.current_version}`.slice(0, 200);
  return insertNew(deps, user, { name: input.name, description: input.description, payload }, change);
}

export async function deletePreset(deps: PresetDeps, user: SessionUser, presetId: string): Promise<{ slug: string; name: string }> {
  const preset = await findPresetById(deps.db, presetId);
  if (!preset) throw notFound('That preset');
  if (!(await softDeletePreset(deps.db, preset.id, user.username, deps.now))) throw gone(preset);
  await audit(deps, user, 'preset.delete', preset.slug, { name: preset.name, version: preset.current_version });
  return { slug: preset.slug, name: preset.name };
}

async function currentContent(db: Db, presetId: string, expectedVersion?: number): Promise<{ preset: PresetRow; payload: PresetPayload }> {
  const preset = await findPresetById(db, presetId);
  if (!preset) throw notFound('That preset');
  if (preset.deleted_at) throw gone(preset);
  if (expectedVersion !== undefined && preset.current_version !== expectedVersion) throw movedOn(preset);
  const row = await findPresetVersion(db, preset.id, preset.current_version);
  const payload = row ? readStoredPayload(row.payload) : null;
  if (!payload) throw new AppError('PRESET_DAMAGED', 500, `Version ${preset.current_version} of “${preset.name}” cannot be read. Restore an earlier version.`);
  return { preset, payload };
}

async function addVersion(deps: PresetDeps, preset: PresetRow, content: { name: string; description: string; payload: PresetPayload; change: string }, user: SessionUser, expectedVersion: number): Promise<number> {
  const version = await addPresetVersion(
    deps.db,
    preset.id,
    { name: content.name, description: content.description, payload: JSON.stringify(content.payload), change: content.change, username: user.username },
    { expectedVersion, ...(deps.now ? { now: deps.now } : {}) },
  );
  if (version !== null) return version;
  // Someone else got there first: say who, from the row as it is now.
  const now = await findPresetById(deps.db, preset.id);
  throw now?.deleted_at ? gone(now) : movedOn(now ?? preset);
}

function movedOn(preset: PresetRow): AppError {
  return new AppError(
    'PRESET_CHANGED',
    409,
    `${preset.updated_by_username} saved version ${preset.current_version} of “${preset.name}” at ${formatUtc(new Date(preset.updated_at))}. Reload to see it (your form stays as it is until you do), or save yours as a new preset.`,
  );
}

function gone(preset: PresetRow): AppError {
  const when = preset.deleted_at ? ` at ${formatUtc(new Date(preset.deleted_at))}` : '';
  return new AppError('PRESET_DELETED', 410, `“${preset.name}” was deleted by ${preset.deleted_by_username ?? 'someone'}${when}. Save the form as a new preset instead.`);
}

/** Slugs are never reused, deleted presets' included, so an old link never opens a stranger's preset. */
async function freeSlug(db: Db, name: string): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const slug = newSlug(name, (length) => webcrypto.getRandomValues(new Uint8Array(length)));
    if (!(await findPresetBySlug(db, slug))) return slug;
  }
  throw new AppError('SLUG_EXHAUSTED', 500, 'Could not find a free link name. Try again.');
}

/** The command's name as ECS has it now, for the list and for "the command is gone" later; null when unknown. */
/** A preset may be saved before a region is chosen; a chosen one must be one of ours. */
async function checkRegion(deps: PresetDeps, draft: InvokeDraft): Promise<void> {
  if (deps.regions && draft.regionId !== '') await requireAllowedRegion(draft.regionId, 'draft.regionId', deps.regions);
}

async function commandNameOf(ecs: EcsClient, draft: InvokeDraft): Promise<string | null> {
  // A script is named by itself; RunCommand calls a nameless one "Ad-hoc script".
  if (draft.script) return draft.script.name.trim() || AD_HOC_NAME;
  if (!draft.commandId || !draft.regionId) return null;
  try {
    // The account's own command, or one of Alibaba's public ones.
    return (await findCommand(ecs, draft.regionId, draft.commandId))?.name ?? null;
  } catch {
    // Saving does not depend on ECS answering; the list shows the ID instead.
    return null;
  }
}

/** The audit line of a preset change: names, versions and change words only, never a parameter value. */
function audit(deps: PresetDeps, user: SessionUser, action: string, slug: string, detail: Record<string, string | number>): Promise<void> {
  return writeAudit(deps.db, { actor: user, action, target: slug, detail }, deps.now);
}
