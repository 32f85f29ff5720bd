import 'server-only';

import { randomBytes } from 'node:crypto';

import { type SessionUser } from '@/lib/auth/sessions';
import { writeAudit } from '@/lib/db/audit';
import { type Db } from '@/lib/db/client';
import { findFormDraft, insertFormDraft } from '@/lib/db/form-drafts';
import { type RegionGuard } from '@/lib/ecs';
import { type InvokeDraft } from '@/lib/invoke/draft';
import { type InstanceFilter } from '@/lib/invoke/instance-filter';
import { requireAllowedRegion } from '@/lib/launches/regions';

import { readStoredPayload, toPresetPayload } from './payload';
import { FORM_LINK_ID, formLinkPath, type OpenedFormLink, type SharedFormLink } from './share-state';

/**
 * Short links to an unsaved form: the draft, stripped of every secret value here whatever
 * the browser sent, is kept under 128 random bits until the link expires.
 */
export interface FormLinkDeps {
  db: Db;
  /** Days a link opens the form (DRAFT_LINK_TTL_DAYS). */
  ttlDays: number;
  /** When given, a chosen region must be one of them (the action always gives it). */
  regions?: RegionGuard;
  now?: Date;
}

const DAY_MS = 24 * 3_600_000;

export async function shareForm(deps: FormLinkDeps, user: SessionUser, input: { draft: InvokeDraft; instanceFilter?: InstanceFilter | null }): Promise<SharedFormLink> {
  if (deps.regions && input.draft.regionId !== '') await requireAllowedRegion(input.draft.regionId, 'draft.regionId', deps.regions);
  const payload = toPresetPayload(input.draft, undefined, input.instanceFilter);
  const createdAt = deps.now ?? new Date();
  const expiresAt = new Date(createdAt.getTime() + deps.ttlDays * DAY_MS);
  const id = randomBytes(16).toString('base64url');
  await insertFormDraft(deps.db, { id, payload: JSON.stringify(payload), username: user.username, createdAt, expiresAt });
  const instances = payload.instanceFilter ? 'a search' : payload.draft.instanceIds.length;
  await writeAudit(deps.db, { actor: user, action: 'form.share', target: id, detail: { region: payload.draft.regionId, commandId: payload.draft.commandId, instances } }, createdAt);
  return { id, path: formLinkPath(id), expiresAt: expiresAt.toISOString() };
}

/** What a short link opens: the form, or why it cannot (a malformed id is an unknown one). */
export async function openFormLink(db: Db, id: string, now = new Date()): Promise<OpenedFormLink> {
  const row = FORM_LINK_ID.test(id) ? await findFormDraft(db, id) : undefined;
  if (!row) return { kind: 'unknown' };
  const shared = { sharedBy: row.created_by_username, sharedAt: row.created_at };
  if (row.payload === null || Date.parse(row.expires_at) <= now.getTime()) return { kind: 'expired', ...shared, expiredAt: row.expires_at };
  const payload = readStoredPayload(row.payload);
  return payload ? { kind: 'open', payload, ...shared, expiresAt: row.expires_at } : { kind: 'unreadable' };
}
