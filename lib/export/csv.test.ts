import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { csvField, csvRecord, neutraliseFormula } from './csv';
import { parseCsv } from './csv-read';

const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r'];
/** Text that likes to hold what CSV and spreadsheets treat specially. */
const tricky = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ',', '"', "'", 'a', 'Z', '1', ' ', 'é', '‹', '😀') });
const anyText = fc.oneof(tricky, fc.string(), fc.string({ unit: 'grapheme' }));

describe('CSV writer', () => {
  it('quotes a field only when it must, and doubles its quotes', () => {
    expect(csvRecord(['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere', ''])).toBe('plain,"a,b","say ""hi""","two\nlines","cr\rhere",\r\n');
  });

  it('writes numbers, booleans and nothing as they are, and never guards a number: -1 is an exit code', () => {
    expect(csvRecord([-1, 0, 3.5, true, false, null, undefined, Number.NaN])).toBe('-1,0,3.5,true,false,,,\r\n');
  });

  it('prefixes a cell a spreadsheet would run as a formula with a single quote', () => {
    expect(csvField('=HYPERLINK("http://evil.example","click")')).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csvField('+cmd|" /C calc"!A0')).toBe(`"'+cmd|"" /C calc""!A0"`);
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(csvField('\t=1+1')).toBe("'\t=1+1");
    expect(csvField('\r=1+1')).toBe(`"'\r=1+1"`);
    expect(csvField('a=1')).toBe('a=1');
    expect(csvField("'already quoted")).toBe("'already quoted");
  });

  it('any row of text reads back, field for field, as the guarded text (property)', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 8 }), (values) => {
        expect(parseCsv(csvRecord(values))).toEqual([values.map(neutraliseFormula)]);
      }),
      { numRuns: 2000 },
    );
  });

  it('no cell read back starts like a formula, and dropping the guard gives the original (property)', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const [[cell = '']] = parseCsv(csvRecord([value])) as [[string]];
        expect(FORMULA_STARTS.some((start) => cell.startsWith(start))).toBe(false);
        const guarded = FORMULA_STARTS.some((start) => value.startsWith(start));
        expect(guarded ? cell.slice(1) : cell).toBe(value);
        expect(cell.startsWith("'") && guarded).toBe(guarded);
      }),
      { numRuns: 2000 },
    );
  });

  it('records of many rows split back into the same rows, whatever their text holds (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyText, { minLength: 3, maxLength: 3 }), { maxLength: 20 }), (rows) => {
        const text = rows.map(csvRecord).join('');
        expect(parseCsv(text)).toEqual(rows.map((row) => row.map(neutraliseFormula)));
      }),
    );
  });
});
