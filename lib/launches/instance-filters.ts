import { isUnsuccessful, UNSUCCESSFUL_STATUSES } from './status';

/**
 * What an operator narrowed an instance table to, kept in the page's URL (STYLE §6) so a
 * link opens the same view: `status` (one status, or `not-successful`), `q` (a search) and
 * `view=grouped` (outputs grouped, above the table).
 */
export type StatusFilter = { kind: 'all' } | { kind: 'unsuccessful' } | { kind: 'status'; status: string };

export interface InstanceFilters {
  status: StatusFilter;
  query: string;
  grouped: boolean;
}

/** The URL value of the "Not successful" chip. */
export const NOT_SUCCESSFUL = 'not-successful';
export const NOT_SUCCESSFUL_LABEL = 'Not successful';

const PARAM = { status: 'status', query: 'q', view: 'view' } as const;
/** A status is one word of letters (Cloud Assistant's or ours); anything else in a URL is ignored. */
const STATUS_WORD = /^[A-Za-z]{1,32}$/;
const MAX_QUERY = 200;

/** Anything with `get`: URLSearchParams, or Next's read-only search params. */
type Params = { get(name: string): string | null };

export function parseInstanceFilters(params: Params): InstanceFilters {
  const status = params.get(PARAM.status) ?? '';
  return {
    status: status === NOT_SUCCESSFUL ? { kind: 'unsuccessful' } : STATUS_WORD.test(status) ? { kind: 'status', status } : { kind: 'all' },
    query: (params.get(PARAM.query) ?? '').slice(0, MAX_QUERY),
    grouped: params.get(PARAM.view) === 'grouped',
  };
}

/**
 * The page's query string with `changes` applied; other parameters (an InvokeId page's
 * `region`) are kept, and defaults are left out so a plain view keeps a plain URL.
 */
export function withInstanceFilters(current: string, changes: Partial<InstanceFilters>): string {
  const params = new URLSearchParams(current);
  const next = { ...parseInstanceFilters(params), ...changes };
  const status = next.status.kind === 'unsuccessful' ? NOT_SUCCESSFUL : next.status.kind === 'status' ? next.status.status : '';
  const set = (name: string, value: string) => (value ? params.set(name, value) : params.delete(name));
  set(PARAM.status, status);
  set(PARAM.query, next.query.trim() ? next.query : '');
  set(PARAM.view, next.grouped ? 'grouped' : '');
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function matchesStatus(filter: StatusFilter, status: string): boolean {
  if (filter.kind === 'all') return true;
  return filter.kind === 'unsuccessful' ? isUnsuccessful(status) : status === filter.status;
}

/** The statuses whose outputs the grouped view shows, or null for every instance's. */
export function statusesOf(filter: StatusFilter): readonly string[] | null {
  if (filter.kind === 'all') return null;
  return filter.kind === 'unsuccessful' ? UNSUCCESSFUL_STATUSES : [filter.status];
}

/** The filter in words, for headings: "Failed", "Not successful". */
export function statusFilterLabel(filter: StatusFilter): string | null {
  return filter.kind === 'all' ? null : filter.kind === 'unsuccessful' ? NOT_SUCCESSFUL_LABEL : filter.status;
}

/** What the search looks through: the row itself and what the page learned about its host. */
export interface SearchableInstance {
  instanceId: string;
  errorCode: string;
  errorInfo: string;
}

/**
 * Does an instance match the search? Every word must appear, case aside, in its ID, name,
 * IP addresses (when known), error code or error text: "web-prod 10.0" narrows to both.
 */
export function matchesSearch(instance: SearchableInstance, query: string, known: { name?: string; addresses?: readonly string[] } = {}): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [instance.instanceId, known.name ?? '', ...(known.addresses ?? []), instance.errorCode, instance.errorInfo].join('\n').toLowerCase();
  return words.every((word) => haystack.includes(word));
}
