import { z } from 'zod';

/**
 * The snapshot's page token: the sort key of the last row sent, so the next page starts after
 * it (keyset paging: a read that replaces the snapshot meanwhile neither repeats nor shifts
 * rows). Opaque to the browser.
 */
const SORT_KEY = /^[01]:[A-Za-z0-9._-]{1,64}$/;

export function encodeFleetCursor(sortKey: string): string {
  return Buffer.from(sortKey).toString('base64url');
}

export const fleetCursorSchema = z
  .string()
  .max(200)
  .transform((text, context) => {
    const sortKey = Buffer.from(text, 'base64url').toString('utf8');
    if (!SORT_KEY.test(sortKey)) {
      context.addIssue({ code: 'custom', message: 'nextToken: not a page token from this list; start again from the first page.' });
      return z.NEVER;
    }
    return sortKey;
  });
