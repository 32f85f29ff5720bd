import 'server-only';

import { z } from 'zod';

import { auditCursorSchema, auditCursorText, auditExportHref, type AuditFilter, auditFilterFields } from '@/lib/audit/filter';
import { auditWords } from '@/lib/audit/wording';
import { type Db } from '@/lib/db/client';
import { type AuditQuery, type AuditRecord, listAudit } from '@/lib/db/audit';

import { type CsvValue } from './csv';
import { csvDocument, jsonDocument, mapPages } from './documents';
import { downloadResponse } from './download';

/** Entries one download holds at most; `Link: <…>; rel="next"` (and `next` in JSON) says where the rest are. */
export const AUDIT_EXPORT_MAX = 100_000;
/** Entries read from the database at a time while the file is written. */
const PAGE = 500;

/** `GET /api/admin/audit`: the page's filter, a format, and optionally a smaller page and where to go on from. */
export const auditExportQuery = z.object({
  ...auditFilterFields,
  format: z.enum(['csv', 'json'], { error: 'format: csv or json.' }).default('json'),
  limit: z.coerce.number().int().min(1).max(AUDIT_EXPORT_MAX).default(AUDIT_EXPORT_MAX),
  before: auditCursorSchema.optional(),
});
export type AuditExportQuery = z.output<typeof auditExportQuery>;

/** One entry of the export: what the page shows, plus the raw action and detail for scripts. */
export interface AuditExportEntry {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  target: string | null;
  /** The entry in words, as the admin page says it. */
  summary: string;
  sourceIp: string | null;
  userAgent: string | null;
  /** As recorded; never holds a secret (writers pass masked values only). */
  detail: unknown;
}

const CSV_HEADER = ['id', 'at', 'actor', 'action', 'target', 'summary', 'source_ip', 'user_agent', 'detail'] as const;

export function toExportEntry(record: AuditRecord): AuditExportEntry {
  const words = auditWords(record);
  const summary = [words.actor, words.verb, words.target].filter(Boolean).join(' ') + (words.note ? ` (${words.note})` : '');
  return {
    id: record.id,
    at: record.at,
    actor: record.actorUsername,
    action: record.action,
    target: record.target,
    summary,
    sourceIp: record.sourceIp,
    userAgent: record.userAgent,
    detail: parseDetail(record.detail),
  };
}

function csvRow(entry: AuditExportEntry, detail: string | null): CsvValue[] {
  return [entry.id, entry.at, entry.actor, entry.action, entry.target, entry.summary, entry.sourceIp, entry.userAgent, detail];
}

function parseDetail(detail: string | null): unknown {
  if (!detail) return null;
  try {
    return JSON.parse(detail) as unknown;
  } catch {
    return detail;
  }
}

export function dbQueryOf(filter: AuditFilter): Omit<AuditQuery, 'limit'> {
  return { actor: filter.actor, action: filter.action, target: filter.target, fromAt: filter.from?.at, toAt: filter.to?.at };
}

/**
 * The filtered log as a download, newest first, written page by page as the client reads it.
 * Whether more entries lie past `limit` is asked first (one indexed look `limit` rows on), so
 * even a CSV can say where the rest are: in a `Link` header, and in JSON's `next`.
 */
export async function exportAudit(db: Db, query: AuditExportQuery, now: Date): Promise<Response> {
  const filter = dbQueryOf(query);
  const [last, beyond] = await listAudit(db, { ...filter, before: query.before, offset: query.limit - 1, limit: 2 });
  const next = last && beyond ? `${auditExportHref(query, query.format)}&limit=${query.limit}&before=${encodeURIComponent(auditCursorText(last))}` : null;

  let count = 0;
  async function* pages(): AsyncGenerator<AuditExportEntry[]> {
    let before = query.before;
    while (count < query.limit) {
      const want = Math.min(PAGE, query.limit - count);
      const rows = await listAudit(db, { ...filter, before, limit: want });
      count += rows.length;
      if (rows.length > 0) yield rows.map(toExportEntry);
      const oldest = rows.at(-1);
      if (!oldest || rows.length < want) return;
      before = { at: oldest.at, id: oldest.id };
    }
  }

  const stem = `invokedeck-audit-${now.toISOString().slice(0, 19).replace(/:/g, '')}Z`;
  const headers: Record<string, string> = next ? { Link: `<${next}>; rel="next"`, 'X-Export-Truncated': 'true' } : { 'X-Export-Truncated': 'false' };
  if (query.format === 'csv') {
    const rows = mapPages(pages(), (entries) => entries.map((entry) => csvRow(entry, entry.detail === null ? null : JSON.stringify(entry.detail))));
    return downloadResponse('csv', stem, csvDocument(CSV_HEADER, rows), headers);
  }
  const head = { exportedAt: now.toISOString(), filter: filterEcho(query) };
  return downloadResponse('json', stem, jsonDocument(head, 'entries', pages(), () => ({ count, truncated: next !== null, next })), headers);
}

/** The filter as asked, for the JSON file's reader: the times as typed and the instants they meant. */
function filterEcho(filter: AuditFilter): Record<string, unknown> {
  return {
    actor: filter.actor ?? null,
    action: filter.action ?? null,
    target: filter.target ?? null,
    from: filter.from?.at ?? null,
    toBefore: filter.to?.at ?? null,
  };
}
