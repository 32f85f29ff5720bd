/** Length helpers that run in the browser as well as on the server (no Buffer). */

const encoder = new TextEncoder();

export function utf8ByteLength(text: string): number {
  return encoder.encode(text).length;
}

/** Bytes of the Base64 encoding of `text` as UTF-8, padding included. */
export function base64EncodedLength(text: string): number {
  return Math.ceil(utf8ByteLength(text) / 3) * 4;
}

/**
 * Characters as a person counts them (code points), so an emoji is one, not two UTF-16
 * units. Alibaba states the name and path limits in characters.
 */
export function charLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
