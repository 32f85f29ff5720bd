import { type CsvValue, csvRecord } from './csv';

/** A CSV file: the header record, then every page's records as the pages come. */
export async function* csvDocument(header: readonly string[], pages: AsyncIterable<readonly (readonly CsvValue[])[]>): AsyncGenerator<string> {
  yield csvRecord(header);
  for await (const rows of pages) yield rows.map(csvRecord).join('');
}

/**
 * A JSON object written in pieces: `head`'s fields, then `key` as an array filled page by
 * page, then `tail()`'s fields, read once every page is out (a count, whether there is more).
 */
export async function* jsonDocument(
  head: Record<string, unknown>,
  key: string,
  pages: AsyncIterable<readonly unknown[]>,
  tail: () => Record<string, unknown>,
): AsyncGenerator<string> {
  const opening = JSON.stringify(head);
  yield `${opening === '{}' ? '{' : `${opening.slice(0, -1)},`}${JSON.stringify(key)}:[`;
  let first = true;
  for await (const items of pages) {
    if (items.length === 0) continue;
    yield `${first ? '\n' : ',\n'}${items.map((item) => JSON.stringify(item)).join(',\n')}`;
    first = false;
  }
  const closing = JSON.stringify(tail());
  yield `${first ? '' : '\n'}]${closing === '{}' ? '}' : `,${closing.slice(1)}`}\n`;
}

/** Each page of a paged source, turned into what the document writes. */
export async function* mapPages<T, U>(pages: AsyncIterable<T>, map: (page: T) => U): AsyncGenerator<U> {
  for await (const page of pages) yield map(page);
}
