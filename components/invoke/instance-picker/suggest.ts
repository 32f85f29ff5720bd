import { type SearchEntry } from '@/components/invoke/instance-picker/search-index';
import { compileQuery, describeToken, type QueryToken } from '@/components/invoke/instance-picker/search-query';
import { type PickerInstance } from '@/components/invoke/instance-picker/types';

type TagToken = Extract<QueryToken, { kind: 'tag' }>;

export interface TagSuggestion {
  /** The tag token that matches no instance at all. */
  token: TagToken;
  /** Replacements that do match, with how many instances carry each. */
  options: { text: string; count: number }[];
}

/**
 * Tag values match exactly, so "env=p" finds nothing while "env=prod" is being typed. When a
 * search comes up empty, offer the values (or keys) the operator was probably reaching for.
 */
export function suggestTags(
  instances: readonly PickerInstance[],
  entries: readonly SearchEntry[],
  tokens: readonly QueryToken[],
  limit = 4,
): TagSuggestion | null {
  for (const token of tokens) {
    if (token.kind !== 'tag' || anyMatch(entries, token)) continue;
    const values = new Map<string, number>();
    const keys = new Map<string, number>();
    for (const instance of instances) {
      for (const tag of instance.tags) {
        const key = tag.key.toLowerCase();
        const value = tag.value.toLowerCase();
        if (key === token.key && value.startsWith(token.value)) bump(values, `${key}=${value}`);
        else if (key !== token.key && key.startsWith(token.key)) bump(keys, `${key}=${token.match === 'key' ? '' : token.value}`);
      }
    }
    const pool = values.size > 0 ? values : keys;
    const options = [...pool.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([text, count]) => ({ text, count }));
    if (options.length > 0) return { token, options };
  }
  return null;
}

/** The query with one token replaced; other tokens are written back as parsed. */
export function replaceToken(tokens: readonly QueryToken[], target: QueryToken, replacement: string): string {
  return tokens.map((token) => (token === target ? replacement : quote(token))).join(' ');
}

function quote(token: QueryToken): string {
  const text = describeToken(token);
  if (!/\s/.test(text)) return text;
  return token.kind === 'text' ? `"${text}"` : `${token.key}="${text.slice(token.key.length + 1)}"`;
}

function anyMatch(entries: readonly SearchEntry[], token: TagToken): boolean {
  const [needle = ''] = compileQuery(describeToken(token)).tags;
  return entries.some((entry) => entry.tags.includes(needle));
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
