import 'server-only';

import type { EcsTag } from './types';

/** Helpers for the SDK's response models, where every field may be missing. */

export const text = (value: string | undefined | null): string => value ?? '';

export const count = (value: number | undefined | null): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0;

export const timeOrNull = (value: string | undefined | null): string | null => (value ? value : null);

/** The API's Base64 text (CommandContent, Output) as UTF-8; "" stays "". */
export function decodeBase64(value: string | undefined | null): string {
  return value ? Buffer.from(value, 'base64').toString('utf8') : '';
}

export function mapTags(tags: ReadonlyArray<{ tagKey?: string; tagValue?: string }> | undefined): EcsTag[] {
  return (tags ?? []).map((tag) => ({ key: text(tag.tagKey), value: text(tag.tagValue) }));
}

/** The NextToken of a page; an empty string means the last page. */
export const nextTokenOf = (value: string | undefined | null): string | null => (value ? value : null);

export const totalOf = (value: number | undefined | null): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** Split a list into runs of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const runs: T[][] = [];
  for (let start = 0; start < items.length; start += size) runs.push(items.slice(start, start + size));
  return runs;
}
