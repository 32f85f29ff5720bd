import { REPEAT_MODES } from '@/lib/invoke/types';

/**
 * The whole-account view of the invocations list as its URL carries it (STYLE §6): the
 * region, DescribeInvocations' filters and where the walk through its NextToken pages stands.
 * Pure, so the server page and the filter bar in the browser read the same URL the same way.
 */

/** The aggregate statuses DescribeInvocations' InvokeStatus filter takes (its legacy `Finished` aside). */
export const HISTORY_STATUSES = ['Pending', 'Running', 'Stopping', 'Scheduled', 'Success', 'PartialFailed', 'Failed', 'Stopped'] as const;
export const HISTORY_REPEAT_MODES = REPEAT_MODES;
/** The API's `Timed`: scheduled, reboot hooks included (true), or one-off and over (false). */
export const HISTORY_KINDS = { timed: 'Scheduled', once: 'One-off' } as const;
export type HistoryKind = keyof typeof HISTORY_KINDS;

export const HISTORY_FILTER_KEYS = ['region', 'status', 'repeat', 'kind', 'command', 'instance', 'tag'] as const;
export type HistoryFilterKey = (typeof HISTORY_FILTER_KEYS)[number];
export type HistoryFilters = Partial<Record<HistoryFilterKey, string>>;

/** The filters an operator narrows with; the region is where the view is, not a narrowing. */
export const HISTORY_NARROWING_KEYS = HISTORY_FILTER_KEYS.filter((key) => key !== 'region');

export interface HistoryQuery {
  filters: HistoryFilters;
  /** The NextToken that opens this page; none on the first. */
  token?: string;
  /** The tokens of the pages walked through before this one (the first page has none), for "Newer". */
  trail: string[];
}

/** A walk deeper than this starts its trail again: the URL stays a link a person can share. */
export const MAX_TRAIL = 60;

/** Alibaba's NextToken is opaque: letters, digits and the marks of base64 are what it has been seen to hold. */
const TOKEN = /^[A-Za-z0-9+/=_.:*-]{1,512}$/;
const COMMAND_ID = /^c-[A-Za-z0-9]{1,64}$/;

const VALID: Record<HistoryFilterKey, (value: string) => boolean> = {
  region: (value) => /^[a-z0-9-]{2,40}$/.test(value),
  status: (value) => (HISTORY_STATUSES as readonly string[]).includes(value),
  repeat: (value) => (HISTORY_REPEAT_MODES as readonly string[]).includes(value),
  kind: (value) => value in HISTORY_KINDS,
  // A command ID (c-…) or a command's name, as Alibaba knows it (public commands: ACS-…).
  command: (value) => value.length <= 128 && !/[\u0000-\u001f]/.test(value),
  // ECS instances (i-…) and managed instances (mi-…).
  instance: (value) => /^m?i-[A-Za-z0-9]{1,64}$/.test(value),
  tag: (value) => parseTag(value) !== null,
};

/** Whether a value may stand in the URL for this filter (the filter bar checks typed text with it). */
export function isHistoryFilterValue(key: HistoryFilterKey, value: string): boolean {
  return VALID[key](value);
}

/** What each typed filter takes, said when a value does not fit. */
export const HISTORY_TEXT_HINTS = {
  command: 'Command: a command ID (c-…) or a command name, up to 128 characters.',
  instance: 'Instance: an instance ID, i-… or mi-… for a managed instance.',
  tag: 'Tag: key=value, such as env=prod.',
} as const;

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
const all = (value: string | string[] | undefined): string[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** `source=account` opens the whole account's history; anything else is InvokeDeck's own launches. */
export function isAccountSource(params: SearchParams): boolean {
  return first(params.source) === 'account';
}

/** Read the URL; a value that is not valid is dropped, as the launches view does. */
export function parseHistoryQuery(params: SearchParams): HistoryQuery {
  const filters: HistoryFilters = {};
  for (const key of HISTORY_FILTER_KEYS) {
    const value = first(params[key]);
    if (value && VALID[key](value)) filters[key] = value;
  }
  const token = first(params.token);
  if (!token || !TOKEN.test(token)) return { filters, trail: [] };
  const trail = all(params.back).filter((entry) => TOKEN.test(entry)).slice(-MAX_TRAIL);
  return { filters, token, trail };
}

export function narrowingCount(filters: HistoryFilters): number {
  return HISTORY_NARROWING_KEYS.filter((key) => filters[key]).length;
}

/** `/invocations?source=account&…`; keys in a fixed order so equal views share one URL. */
export function historyHref(filters: HistoryFilters, page?: { token: string; trail: readonly string[] }): string {
  const search = new URLSearchParams({ source: 'account' });
  for (const key of HISTORY_FILTER_KEYS) {
    const value = filters[key];
    if (value) search.set(key, value);
  }
  if (page) {
    for (const entry of page.trail.slice(-MAX_TRAIL)) search.append('back', entry);
    search.set('token', page.token);
  }
  return `/invocations?${search.toString()}`;
}

/** The next (older) API page: this page's token joins the trail. */
export function olderHref(query: HistoryQuery, nextToken: string): string {
  return historyHref(query.filters, { token: nextToken, trail: query.token ? [...query.trail, query.token] : [] });
}

/** The page before this one, or null on the first. */
export function newerHref(query: HistoryQuery): string | null {
  if (!query.token) return null;
  const previous = query.trail.at(-1);
  return previous ? historyHref(query.filters, { token: previous, trail: query.trail.slice(0, -1) }) : historyHref(query.filters);
}

/** Which page of the walk this is, counting from 1. */
export function pageNumber(query: HistoryQuery): number {
  return query.token ? query.trail.length + 2 : 1;
}

/** What the command box holds: a command ID (c-…) is CommandId, anything else CommandName. */
export function commandFilter(value: string | undefined): { commandId: string } | { commandName: string } | null {
  if (!value) return null;
  return COMMAND_ID.test(value) ? { commandId: value } : { commandName: value };
}

/** `key=value`, as Tag.N.Key and Tag.N.Value take them (Alibaba's limits: key 1–128, value 1–128). */
export function parseTag(value: string): { key: string; value: string } | null {
  const at = value.indexOf('=');
  if (at < 0 || /[\u0000-\u001f]/.test(value)) return null;
  const key = value.slice(0, at).trim();
  const tagValue = value.slice(at + 1).trim();
  return key.length >= 1 && key.length <= 128 && tagValue.length >= 1 && tagValue.length <= 128 ? { key, value: tagValue } : null;
}
