import 'server-only';

import { type Db } from '@/lib/db/client';
import { findPresetBySlug, findPresetVersion, type PresetRow, type PresetVersionRow } from '@/lib/db/presets';
import { type EcsClient } from '@/lib/ecs';

import { type PresetPayload, readStoredPayload } from './payload';
import { SLUG_PATTERN } from './slug';
import { type OpenedPayload, openPayload } from './world';

export type PresetPage =
  | { kind: 'missing' }
  | { kind: 'deleted'; preset: PresetRow }
  | { kind: 'no-version'; preset: PresetRow; version: number }
  | { kind: 'damaged'; preset: PresetRow; version: number }
  | {
      kind: 'open';
      preset: PresetRow;
      /** The version the form was opened from: the current one, or an older one asked for. */
      shown: PresetVersionRow;
      /** The current version's content: what "Save changes" compares against. */
      current: PresetPayload;
      opened: OpenedPayload;
    };

/** A preset link as the page shows it: the form, checked against ECS, or why there is none. */
export async function loadPresetPage(deps: { db: Db; ecs: EcsClient }, slug: string, versionParam: string | undefined): Promise<PresetPage> {
  if (!SLUG_PATTERN.test(slug)) return { kind: 'missing' };
  const preset = await findPresetBySlug(deps.db, slug);
  if (!preset) return { kind: 'missing' };
  if (preset.deleted_at) return { kind: 'deleted', preset };
  const asked = versionParam && /^\d{1,9}$/.test(versionParam) ? Number(versionParam) : preset.current_version;
  const [shown, currentRow] = await Promise.all([
    findPresetVersion(deps.db, preset.id, asked),
    asked === preset.current_version ? null : findPresetVersion(deps.db, preset.id, preset.current_version),
  ]);
  if (!shown) return { kind: 'no-version', preset, version: asked };
  const payload = readStoredPayload(shown.payload);
  const current = currentRow ? readStoredPayload(currentRow.payload) : payload;
  if (!payload || !current) return { kind: 'damaged', preset, version: payload ? preset.current_version : asked };
  return { kind: 'open', preset, shown, current, opened: await openPayload(deps.ecs, payload) };
}
