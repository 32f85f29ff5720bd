import { z } from 'zod';

/**
 * The snapshot's page token: which stored instances the pages come from (when they last
 * changed), and the sort key of the last row sent. A read that changes them meanwhile makes the
 * token stale (the next page is refused), so a list is never stitched from two reads; a read
 * that finds the same fleet leaves it good. Opaque to the browser.
 */
export interface FleetCursor {
  changedAt: string;
  after: string;
}

const cursorShape = z.object({ changedAt: z.iso.datetime(), after: z.string().regex(/^\d{7}$/) });

export function encodeFleetCursor(cursor: FleetCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export const fleetCursorSchema = z
  .string()
  .max(200)
  .transform((text, context): FleetCursor => {
    const parsed = (() => {
      try {
        return cursorShape.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
      } catch {
        return null;
      }
    })();
    if (!parsed?.success) {
      context.addIssue({ code: 'custom', message: 'nextToken: not a page token from this list; start again from the first page.' });
      return z.NEVER;
    }
    return parsed.data;
  });
