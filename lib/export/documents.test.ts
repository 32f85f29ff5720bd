import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { csvDocument, jsonDocument } from './documents';
import { downloadResponse } from './download';
import { readText, textStream } from './stream';

async function* from<T>(pages: readonly T[]): AsyncGenerator<T> {
  for (const page of pages) yield page;
}

describe('export documents', () => {
  it('a JSON document written page by page is one valid object: head, the pages in order, then the tail (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string({ minLength: 1 }).filter((key) => key !== 'items'), fc.jsonValue(), { maxKeys: 3 }),
        fc.array(fc.array(fc.jsonValue(), { maxLength: 4 }), { maxLength: 5 }),
        async (head, pages) => {
          const text = await readText(textStream(jsonDocument(head, 'items', from(pages), () => ({ done: true }))));
          // JSON.stringify is the reference: -0 becomes 0, as it does in every JSON text.
          const expected = { ...(JSON.parse(JSON.stringify(head)) as object), items: JSON.parse(JSON.stringify(pages.flat())) as unknown, done: true };
          expect(JSON.parse(text)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the tail is read after the last page is out, so it can count them', async () => {
    let count = 0;
    async function* pages() {
      yield [1, 2];
      count += 2;
      yield [3];
      count += 1;
    }
    const text = await readText(textStream(jsonDocument({}, 'n', pages(), () => ({ count }))));
    expect(JSON.parse(text)).toEqual({ n: [1, 2, 3], count: 3 });
  });

  it('a CSV document is its header and every page’s records', async () => {
    const text = await readText(textStream(csvDocument(['a', 'b'], from([[['=1', 2]], [], [['x,y', null]]]))));
    expect(text).toBe("a,b\r\n'=1,2\r\n\"x,y\",\r\n");
  });

  it('a download is an attachment with a safe file name, never cached or sniffed', () => {
    const response = downloadResponse('csv', 'launch-deploy "v2"/../x', from(['a\r\n']));
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="launch-deploy-v2-..-x.csv"');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('reads the source only as the stream is read, and stops it when the reader goes away', async () => {
    let produced = 0;
    let finished = false;
    async function* source() {
      try {
        for (;;) {
          produced += 1;
          yield `${produced}\n`;
        }
      } finally {
        finished = true;
      }
    }
    const reader = textStream(source()).getReader();
    await reader.read();
    await reader.read();
    expect(produced).toBeLessThanOrEqual(3);
    await reader.cancel();
    expect(finished).toBe(true);
  });
});
