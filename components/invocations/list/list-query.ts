import { REPEAT_MODES } from '@/lib/invoke/types';

/**
 * The invocations list's state as the URL carries it (STYLE §6): filters and the page's
 * cursor, so a bookmark reopens the same view. Shared by the server page and the filter bar.
 */

/** Every aggregate status a launch can have (what `aggregateStatus` returns). */
export const LAUNCH_STATUSES = ['Pending', 'Running', 'Stopping', 'Scheduled', 'Success', 'PartialFailed', 'Failed', 'Stopped'] as const;
export const LIST_REPEAT_MODES = REPEAT_MODES;

export const FILTER_KEYS = ['status', 'region', 'command', 'operator', 'repeat', 'from', 'to'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export type ListFilters = Partial<Record<FilterKey, string>>;

export interface ListQuery {
  filters: ListFilters;
  /** Opaque keyset cursors: `after` opens the page older than it, `before` the newer one. */
  after?: ListCursor;
  before?: ListCursor;
}

export interface ListCursor {
  createdAt: string;
  id: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const VALID: Record<FilterKey, (value: string) => boolean> = {
  status: (value) => (LAUNCH_STATUSES as readonly string[]).includes(value),
  region: (value) => /^[a-z0-9-]{2,40}$/.test(value),
  command: (value) => /^[\w.-]{1,64}$/.test(value),
  operator: (value) => /^[a-z0-9._-]{1,32}$/.test(value),
  repeat: (value) => (LIST_REPEAT_MODES as readonly string[]).includes(value),
  from: isDay,
  to: isDay,
};

function isDay(value: string): boolean {
  return DAY.test(value) && new Date(`${value}T00:00:00.000Z`).toISOString().startsWith(value);
}

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/** Read the URL; a value that is not valid is dropped (the view falls back to showing more, never an error). */
export function parseListQuery(params: SearchParams): ListQuery {
  const filters: ListFilters = {};
  for (const key of FILTER_KEYS) {
    const value = first(params[key]);
    if (value && VALID[key](value)) filters[key] = value;
  }
  const after = decodeCursor(first(params.after));
  const before = after ? null : decodeCursor(first(params.before));
  return { filters, ...(after ? { after } : {}), ...(before ? { before } : {}) };
}

export function activeFilterCount(filters: ListFilters): number {
  return FILTER_KEYS.filter((key) => filters[key]).length;
}

/** `/invocations?…` for these filters and cursor; keys in a fixed order so equal views share one URL. */
export function listHref(filters: ListFilters, cursor?: { after: ListCursor } | { before: ListCursor }): string {
  const search = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) search.set(key, value);
  }
  if (cursor && 'after' in cursor) search.set('after', encodeCursor(cursor.after));
  if (cursor && 'before' in cursor) search.set('before', encodeCursor(cursor.before));
  const text = search.toString();
  return text ? `/invocations?${text}` : '/invocations';
}

/** UTC days from the URL as the created_at bounds the query wants: `to` includes its whole day. */
export function dayBounds(filters: ListFilters): { from?: string; to?: string } {
  const bounds: { from?: string; to?: string } = {};
  if (filters.from) bounds.from = `${filters.from}T00:00:00.000Z`;
  if (filters.to) bounds.to = new Date(Date.parse(`${filters.to}T00:00:00.000Z`) + 86_400_000).toISOString();
  return bounds;
}

export function encodeCursor(cursor: ListCursor): string {
  return btoa(`${cursor.createdAt}|${cursor.id}`).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function decodeCursor(text: string | undefined): ListCursor | null {
  if (!text || text.length > 200 || !/^[\w-]+$/.test(text)) return null;
  let decoded: string;
  try {
    decoded = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    return null;
  }
  const [createdAt = '', id = '', extra] = decoded.split('|');
  if (extra !== undefined || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/.test(createdAt) || !/^[\w-]{1,64}$/.test(id)) return null;
  return { createdAt, id };
}
