import { describe, expect, it } from 'vitest';
import { base64EncodedLength, charLength, utf8ByteLength } from '@/lib/invoke/text-length';

describe('text lengths', () => {
  it('counts UTF-8 bytes', () => {
    expect(utf8ByteLength('abc')).toBe(3);
    expect(utf8ByteLength('é')).toBe(2);
    expect(utf8ByteLength('😀')).toBe(4);
  });

  it('is the length of the real Base64 encoding', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'abcd', 'é', '日本語', '😀x', 'echo {{name}}\n']) {
      expect(base64EncodedLength(text)).toBe(Buffer.from(text, 'utf8').toString('base64').length);
    }
  });

  it('counts code points, not UTF-16 units', () => {
    expect(charLength('😀a')).toBe(2);
    expect(charLength('')).toBe(0);
  });
});
