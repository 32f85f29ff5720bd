import type { Tag } from '../state/types';

/** `yyyy-MM-ddTHH:mm:ssZ`, the Cloud Assistant timestamp format. */
export function isoTime(time: number | null | undefined): string {
  if (time === null || time === undefined) return '';
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `yyyy-MM-ddTHH:mmZ`, DescribeInstances' CreationTime format (no seconds). */
export function isoMinute(time: number): string {
  return new Date(time).toISOString().replace(/:\d\d\.\d{3}Z$/, 'Z');
}

export type ContentEncoding = 'Base64' | 'PlainText';

/** ContentEncoding as the Describe operations read it: anything but PlainText is Base64. */
export function contentEncoding(value: string | undefined): ContentEncoding {
  return value?.toLowerCase() === 'plaintext' ? 'PlainText' : 'Base64';
}

export function encodeText(text: string, encoding: ContentEncoding): string {
  return encoding === 'PlainText' ? text : Buffer.from(text, 'utf8').toString('base64');
}

/** Keep the first `limit` bytes of a run's output (on a UTF-8 boundary); `Dropped` is the rest. */
export function trimOutput(text: string, limit: number): { kept: string; dropped: number } {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= limit) return { kept: text, dropped: 0 };
  let end = limit;
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  return { kept: bytes.subarray(0, end).toString('utf8'), dropped: bytes.length - end };
}

export function tagSet(tags: readonly Tag[]): { Tag: Array<{ TagKey: string; TagValue: string }> } {
  return { Tag: tags.map((tag) => ({ TagKey: tag.key, TagValue: tag.value })) };
}

export function utcDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
