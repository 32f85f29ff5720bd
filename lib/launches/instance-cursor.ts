import { z } from 'zod';

/**
 * Where the instance picker's paging stands: a region's ECS instances come first, page by
 * page (DescribeInstances), then its managed instances (DescribeManagedInstances), each API
 * with its own NextToken. The first request reads the first page of both; `managed` keeps the
 * managed listing's token while the ECS pages are read. Opaque to the browser.
 */
export interface InstanceCursor {
  /** DescribeInstances' NextToken, or null when the ECS instances are all read. */
  ecs: string | null;
  /** DescribeManagedInstances' NextToken, or null when the managed instances are all read. */
  managed: string | null;
}

const TOKEN = z.string().min(1).max(300).nullable();
const cursorSchema = z.object({ ecs: TOKEN, managed: TOKEN });

export function encodeInstanceCursor(cursor: InstanceCursor): string | null {
  if (cursor.ecs === null && cursor.managed === null) return null;
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** The cursor in a `nextToken` query value, or null when it is not one this server made. */
export function decodeInstanceCursor(text: string): InstanceCursor | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success && (parsed.data.ecs !== null || parsed.data.managed !== null) ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A schema for the query value: a cursor this server made. */
export const instanceCursorSchema = z
  .string()
  .max(1000)
  .transform((text, context) => {
    const cursor = decodeInstanceCursor(text);
    if (!cursor) {
      context.addIssue({ code: 'custom', message: 'nextToken: not a page token from this list; start again from the first page.' });
      return z.NEVER;
    }
    return cursor;
  });
