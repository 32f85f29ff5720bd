/**
 * A preset's link name: its first name in lower-case words plus a random suffix. The
 * suffix keeps two presets with the same name apart and makes links hard to guess; the
 * slug is fixed at creation, so renaming never breaks a link already pasted somewhere.
 */
const SUFFIX_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
const SUFFIX_LENGTH = 6;
const BASE_MAX = 48;

export function slugBase(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = words.slice(0, BASE_MAX).replace(/-+$/g, '');
  return cut || 'preset';
}

/** `random` returns bytes; crypto.getRandomValues in production, a fixed sequence in tests. */
export function newSlug(name: string, random: (length: number) => Uint8Array): string {
  const bytes = random(SUFFIX_LENGTH);
  let suffix = '';
  for (const byte of bytes) suffix += SUFFIX_ALPHABET[byte % SUFFIX_ALPHABET.length];
  return `${slugBase(name)}-${suffix}`;
}

/** What a slug in a URL may look like; anything else is not worth a database query. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;
