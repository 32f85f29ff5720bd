/**
 * A strict RFC 4180 reader: what a spreadsheet or a script makes of our files. The tests read
 * exports back with it; it refuses anything loose (a bare quote, a record without CRLF).
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let index = 0;
  while (index < text.length) {
    if (text[index] === '"') {
      index += 1;
      for (;;) {
        const quote = text.indexOf('"', index);
        if (quote < 0) throw new Error('unterminated quote');
        field += text.slice(index, quote);
        index = quote + 1;
        if (text[index] !== '"') break;
        field += '"';
        index += 1;
      }
    } else {
      const end = text.slice(index).search(/[,\r"]/);
      const stop = end < 0 ? text.length : index + end;
      if (text[stop] === '"') throw new Error(`a bare quote at ${stop}`);
      field += text.slice(index, stop);
      index = stop;
    }
    if (text[index] === ',') {
      record.push(field);
      field = '';
      index += 1;
    } else if (text.startsWith('\r\n', index)) {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index += 2;
    } else if (index < text.length) {
      throw new Error(`unexpected ${JSON.stringify(text[index])} at ${index}`);
    }
  }
  if (field || record.length) throw new Error('the last record has no CRLF');
  return records;
}
