'use server';

import { revalidatePath } from 'next/cache';

import { defineAction } from '@/lib/auth/action';
import { getDb } from '@/lib/db';
import { setPresetWebhooks } from '@/lib/db/notify';
import { getEcsClient, getRegionGuard } from '@/lib/ecs';
import { getEnv } from '@/lib/env';
import { shareForm } from '@/lib/presets/form-links';
import {
  createPresetInput,
  deletePresetInput,
  duplicatePresetInput,
  restorePresetVersionInput,
  savePresetInput,
  shareFormInput,
  updatePresetDetailsInput,
} from '@/lib/presets/schemas';
import * as presets from '@/lib/presets/service';

/** Viewers may open presets and form links; saving, renaming, duplicating, restoring, deleting and sharing a form take an operator. */
const deps = async () => ({ db: await getDb(), ecs: getEcsClient(), regions: getRegionGuard() });

function refresh(slug: string): void {
  revalidatePath('/presets');
  revalidatePath(`/presets/${slug}`, 'layout');
}

export const createPreset = defineAction({ name: 'createPreset', access: 'operator', schema: createPresetInput }, async (input, { user }) => {
  const saved = await presets.createPreset(await deps(), user, input);
  await setPresetWebhooks(await getDb(), saved.presetId, input.notify);
  refresh(saved.slug);
  return saved;
});

export const savePresetChanges = defineAction({ name: 'savePresetChanges', access: 'operator', schema: savePresetInput }, async (input, { user }) => {
  const saved = await presets.savePresetChanges(await deps(), user, input);
  // The preset's launches notify these (the outbox adds them to its launches' own).
  await setPresetWebhooks(await getDb(), saved.presetId, input.notify);
  refresh(saved.slug);
  return saved;
});

export const updatePresetDetails = defineAction({ name: 'updatePresetDetails', access: 'operator', schema: updatePresetDetailsInput }, async (input, { user }) => {
  const saved = await presets.updatePresetDetails(await deps(), user, input);
  refresh(saved.slug);
  return saved;
});

export const duplicatePreset = defineAction({ name: 'duplicatePreset', access: 'operator', schema: duplicatePresetInput }, async (input, { user }) => {
  const saved = await presets.duplicatePreset(await deps(), user, input);
  refresh(saved.slug);
  return saved;
});

export const restorePresetVersion = defineAction({ name: 'restorePresetVersion', access: 'operator', schema: restorePresetVersionInput }, async (input, { user }) => {
  const saved = await presets.restorePresetVersion(await deps(), user, input);
  refresh(saved.slug);
  return saved;
});

export const deletePreset = defineAction({ name: 'deletePreset', access: 'operator', schema: deletePresetInput }, async (input, { user }) => {
  const deleted = await presets.deletePreset(await deps(), user, input.presetId);
  refresh(deleted.slug);
  return deleted;
});

/** "Copy link to this form": the draft kept on the server, the link short. */
export const shareFormLink = defineAction({ name: 'shareFormLink', access: 'operator', schema: shareFormInput }, async (input, { user }) =>
  shareForm({ db: await getDb(), regions: getRegionGuard(), ttlDays: getEnv().DRAFT_LINK_TTL_DAYS }, user, input),
);
