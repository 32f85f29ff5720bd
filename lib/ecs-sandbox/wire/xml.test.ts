import { describe, expect, it } from 'vitest';
import { toXml } from './xml';

describe('toXml', () => {
  it('repeats the element for arrays, escapes text and leaves out null', () => {
    expect(toXml('R', { Items: { Item: [{ A: 1 }, { A: 'x<y' }] }, B: true, C: null })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<R><Items><Item><A>1</A></Item><Item><A>x&lt;y</A></Item></Items><B>true</B></R>',
    );
  });
});
