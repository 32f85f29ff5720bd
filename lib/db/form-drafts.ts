import 'server-only';

import { type Db } from './client';
import { type FormDraftsTable } from './schema';

export type FormDraftRow = FormDraftsTable;

/** `payload` is JSON text the caller has already stripped of secret values. */
export async function insertFormDraft(db: Db, draft: { id: string; payload: string; username: string; createdAt: Date; expiresAt: Date }): Promise<void> {
  await db
    .insertInto('form_drafts')
    .values({ id: draft.id, payload: draft.payload, created_by_username: draft.username, created_at: draft.createdAt.toISOString(), expires_at: draft.expiresAt.toISOString() })
    .execute();
}

export function findFormDraft(db: Db, id: string): Promise<FormDraftRow | undefined> {
  return db.selectFrom('form_drafts').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Erase the drafts of expired links, and forget the links that expired before `forgetBefore`
 * (until then a link can still say it expired). Returns how many rows changed or went.
 */
export async function purgeFormDrafts(db: Db, now: Date, forgetBefore: Date): Promise<number> {
  const erased = await db.updateTable('form_drafts').set({ payload: null }).where('expires_at', '<=', now.toISOString()).where('payload', 'is not', null).executeTakeFirst();
  const forgotten = await db.deleteFrom('form_drafts').where('expires_at', '<', forgetBefore.toISOString()).executeTakeFirst();
  return Number(erased.numUpdatedRows) + Number(forgotten.numDeletedRows);
}
