import { describe, expect, it } from 'vitest';
import { base64EncodedLength, charLength, utf8ByteLength } from '@/lib/invoke/text-length';
import { base64Length } from '@/lib/invoke/parameters';

describe('text lengths', () => {
  it('counts UTF-8 bytes', () => {
    expect(utf8ByteLength('abc')).toBe(3);
    expect(utf8ByteLength('é')).toBe(2);
    expect(utf8ByteLength('😀')).toBe(4);
  });

  it('agrees with the Buffer-based base64Length', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'abcd', 'é', '日本語', '😀x', 'echo {{name}}\n']) {
      expect(base64EncodedLength(text)).toBe(base64Length(text));
    }
  });

  it('counts code points, not UTF-16 units', () => {
    expect(charLength('😀a')).toBe(2);
    expect(charLength('')).toBe(0);
  });
});
