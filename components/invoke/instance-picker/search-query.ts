/**
 * The picker's search language, kept pure so it can be tested and benchmarked in Node.
 *
 * - Plain words match anywhere in an instance's searchable text, case-insensitively.
 * - `key=value` or `key:value` matches a tag exactly; `key=val*` matches a value prefix;
 *   `key=` (or `key:`) matches any instance that carries the key.
 * - Double quotes keep spaces: `"web 01"`, `team="core infra"`. A token that starts with a
 *   quote is always plain text, so `"a=b"` looks for the characters a=b.
 * - Several tokens must all match.
 *
 * Tag values match exactly by default because an operator who types env=prod before launching
 * on every match must not also get env=prod-canary.
 */

export type QueryToken =
  | { kind: 'text'; text: string }
  | { kind: 'tag'; key: string; value: string; match: 'exact' | 'prefix' | 'key' };

/** A parsed query reduced to substrings to look for; see `search-index.ts` for the haystacks. */
export interface CompiledQuery {
  tokens: readonly QueryToken[];
  /** Each must occur in the instance's text haystack. */
  text: readonly string[];
  /** Each must occur in the instance's tag haystack. */
  tags: readonly string[];
}

/** Separates tags in the tag haystack; it cannot be typed, so a needle never spans two tags. */
export const TAG_EDGE = '\u0001';

export function parseQuery(input: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  for (const { raw, quotedStart } of splitTokens(input)) {
    const token = quotedStart ? null : tagToken(raw);
    if (token) tokens.push(token);
    else if (raw.trim() !== '') tokens.push({ kind: 'text', text: raw.toLowerCase() });
  }
  return tokens;
}

export function compileQuery(input: string): CompiledQuery {
  const tokens = parseQuery(input);
  const text: string[] = [];
  const tags: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'text') text.push(token.text);
    else tags.push(tagNeedle(token));
  }
  return { tokens, text, tags };
}

export function isEmptyQuery(query: CompiledQuery): boolean {
  return query.tokens.length === 0;
}

/** The tag haystack of one instance: every `key=value`, lower-cased, each fenced by TAG_EDGE. */
export function tagHaystack(tags: readonly { key: string; value: string }[]): string {
  if (tags.length === 0) return '';
  let out = TAG_EDGE;
  for (const tag of tags) out += `${tag.key.toLowerCase()}=${tag.value.toLowerCase()}${TAG_EDGE}`;
  return out;
}

/** How a tag token reads back, for messages ("env=prod", "env=prod*", "env="). */
export function describeToken(token: QueryToken): string {
  if (token.kind === 'text') return token.text;
  return `${token.key}=${token.value}${token.match === 'prefix' ? '*' : ''}`;
}

function tagNeedle(token: Extract<QueryToken, { kind: 'tag' }>): string {
  const head = `${TAG_EDGE}${token.key}=`;
  if (token.match === 'key') return head;
  if (token.match === 'prefix') return `${head}${token.value}`;
  return `${head}${token.value}${TAG_EDGE}`;
}

function tagToken(raw: string): QueryToken | null {
  const at = raw.search(/[=:]/);
  // No separator, or nothing before it (":80"): not a tag, search it as text.
  if (at <= 0) return null;
  const key = raw.slice(0, at).trim().toLowerCase();
  if (key === '') return null;
  let value = raw.slice(at + 1).toLowerCase();
  if (value === '' || value === '*') return { kind: 'tag', key, value: '', match: 'key' };
  if (value.endsWith('*')) {
    value = value.replace(/\*+$/, '');
    return { kind: 'tag', key, value, match: 'prefix' };
  }
  return { kind: 'tag', key, value, match: 'exact' };
}

/** Split on whitespace outside double quotes; quotes are removed from the token. */
function splitTokens(input: string): { raw: string; quotedStart: boolean }[] {
  const out: { raw: string; quotedStart: boolean }[] = [];
  let raw = '';
  let quoted = false;
  let started = false;
  let quotedStart = false;
  for (const char of input) {
    if (char === '"') {
      if (!started) quotedStart = true;
      started = true;
      quoted = !quoted;
    } else if (!quoted && /\s/.test(char)) {
      if (started) out.push({ raw, quotedStart });
      raw = '';
      started = false;
      quotedStart = false;
    } else {
      raw += char;
      started = true;
    }
  }
  if (started) out.push({ raw, quotedStart });
  return out;
}
