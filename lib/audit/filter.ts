import { z } from 'zod';

/**
 * What narrows the audit log, as the admin page's URL and the export API both take it:
 * `actor`, `action`, `target` (part of it, any case) and a time range. A time is UTC unless it
 * says otherwise (`2026-12-07`, `2026-12-07T10:30`, `…:15Z`, `…+08:00`); `to` takes in the whole
 * of the unit it names, so `to=2026-12-07` ends at midnight after that day.
 */
export interface AuditFilter {
  actor?: string | undefined;
  action?: string | undefined;
  target?: string | undefined;
  from?: TimeBound | undefined;
  to?: TimeBound | undefined;
}

/** A bound as typed (for the URL and the form) and the instant it means. */
export interface TimeBound {
  text: string;
  /** `from`: the first instant in; `to`: the first instant after the range (exclusive). */
  at: string;
}

const TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?(Z|[+-]\d{2}:\d{2})?$/;
const UNIT_MS = { day: 86_400_000, minute: 60_000, second: 1000, milli: 1 } as const;

/** The instant a typed time starts at, and how long its unit is; null when it is no real time. */
export function parseAuditTime(text: string): { start: number; unitMs: number } | null {
  const match = TIME.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, milli, zone] = match;
  const fraction = milli ? `.${milli.padEnd(3, '0')}` : '';
  const iso = `${year}-${month}-${day}T${hour ?? '00'}:${minute ?? '00'}:${second ?? '00'}${fraction}${zone ?? 'Z'}`;
  const start = Date.parse(iso);
  // Date.parse rolls 2026-02-30 over into March: a day that does not exist is refused instead.
  if (Number.isNaN(start) || new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDate() !== Number(day)) return null;
  if (Number(hour ?? 0) > 23 || Number(minute ?? 0) > 59 || Number(second ?? 0) > 59) return null;
  const unitMs = hour === undefined ? UNIT_MS.day : second === undefined ? UNIT_MS.minute : milli === undefined ? UNIT_MS.second : UNIT_MS.milli;
  return { start, unitMs };
}

const timeText = z.string().trim().max(40);

function bound(kind: 'from' | 'to') {
  return timeText.optional().transform((text, context): TimeBound | undefined => {
    if (!text) return undefined;
    const parsed = parseAuditTime(text);
    if (!parsed) {
      context.addIssue({ code: 'custom', message: `${kind}: a UTC time such as 2026-12-07 or 2026-12-07T10:30 (or with Z or an offset).` });
      return z.NEVER;
    }
    return { text, at: new Date(kind === 'from' ? parsed.start : parsed.start + parsed.unitMs).toISOString() };
  });
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((text) => text || undefined);

/** Each field of the filter. The page ignores a field it cannot read; the API refuses it (422). */
export const auditFilterFields = {
  actor: optionalText(64),
  action: optionalText(64).pipe(z.string().regex(/^[a-z_]+(\.[a-z_]+)*$/, 'action: an action name such as launch.create.').optional()),
  target: optionalText(200),
  from: bound('from'),
  to: bound('to'),
} as const;

export const auditFilterSchema = z.object(auditFilterFields);

/** The filter as URL parameters, in a stable order (the page's links, the download links). */
export function auditFilterParams(filter: AuditFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.actor) params.set('actor', filter.actor);
  if (filter.action) params.set('action', filter.action);
  if (filter.target) params.set('target', filter.target);
  if (filter.from) params.set('from', filter.from.text);
  if (filter.to) params.set('to', filter.to.text);
  return params;
}

export function isFiltered(filter: AuditFilter): boolean {
  return Boolean(filter.actor || filter.action || filter.target || filter.from || filter.to);
}

/** `before=<at>|<id>`: where a page (or an export) of the log goes on from, newest first. */
export const auditCursorSchema = z
  .string()
  .regex(/^[^|]{1,40}\|\d{1,15}$/, 'before: <at>|<id> of the last entry already had.')
  .transform((value) => {
    const [at = '', id = '0'] = value.split('|');
    return { at, id: Number(id) };
  });

export function auditCursorText(entry: { at: string; id: number }): string {
  return `${entry.at}|${entry.id}`;
}

/** Where the audit log downloads from: the same filter as the page shows. */
export const AUDIT_EXPORT_PATH = '/api/admin/audit';

export function auditExportHref(filter: AuditFilter, format: 'csv' | 'json'): string {
  const params = auditFilterParams(filter);
  params.set('format', format);
  return `${AUDIT_EXPORT_PATH}?${params.toString()}`;
}
