/**
 * The RFC 3986 encoding both Alibaba signature versions use: only `A–Z a–z 0–9 - _ . ~`
 * stay raw, hex digits are uppercase and a space is `%20`. Clients put `! * ' ( )` on
 * the wire unescaped (encodeURIComponent), so a verifier decodes first and re-encodes
 * here; it never signs the raw query string.
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export type ParamPair = readonly [name: string, value: string];

/**
 * Decode an `application/x-www-form-urlencoded` string (a query string or a form body)
 * into ordered pairs. `+` is a space there, as in every form decoder.
 */
export function decodePairs(text: string): ParamPair[] {
  const pairs: ParamPair[] = [];
  for (const [name, value] of new URLSearchParams(text)) pairs.push([name, value]);
  return pairs;
}

/**
 * `name=value` pairs, each side percent-encoded, sorted by encoded name and then by
 * encoded value (plain byte order), joined with `&`: the canonical query of V2 and V3.
 */
export function canonicalQuery(pairs: ReadonlyArray<ParamPair>): string {
  return pairs
    .map(([name, value]) => [percentEncode(name), percentEncode(value)] as const)
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}
