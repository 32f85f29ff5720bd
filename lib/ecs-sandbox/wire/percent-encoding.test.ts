import { describe, expect, it } from 'vitest';
import { canonicalQuery, decodePairs, percentEncode } from './percent-encoding';

describe('percent encoding for signatures', () => {
  it("encodes ( ) * ' ! that encodeURIComponent leaves raw", () => {
    expect(percentEncode("rate(5m)*'!")).toBe('rate%285m%29%2A%27%21');
  });

  it('encodes a space as %20, never +, and keeps ~ raw', () => {
    expect(percentEncode('a b~c+d')).toBe('a%20b~c%2Bd');
  });

  it('encodes UTF-8 with uppercase hex', () => {
    expect(percentEncode('上海/é')).toBe('%E4%B8%8A%E6%B5%B7%2F%C3%A9');
  });

  it('decodes what the SDK puts on the wire, then re-encodes it canonically', () => {
    // The SDK sends `( ) *` raw and a space as %20; pop-core sends them encoded.
    const sdk = decodePairs('Frequency=rate(5m)&Name=a%20b*&X=%7B%22k%22%3A1%7D');
    const pop = decodePairs('Frequency=rate%285m%29&Name=a%20b%2A&X=%7B%22k%22%3A1%7D');
    expect(canonicalQuery(sdk)).toBe(canonicalQuery(pop));
    expect(canonicalQuery(sdk)).toBe('Frequency=rate%285m%29&Name=a%20b%2A&X=%7B%22k%22%3A1%7D');
  });

  it('treats + in a form body as a space', () => {
    expect(decodePairs('Name=a+b&Plus=%2B')).toEqual([
      ['Name', 'a b'],
      ['Plus', '+'],
    ]);
  });

  it('sorts by name, then by value for repeated names, and keeps empty values', () => {
    expect(canonicalQuery([['b', '2'], ['a', 'z'], ['a', 'y'], ['c', '']])).toBe('a=y&a=z&b=2&c=');
  });
});
