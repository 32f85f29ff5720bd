/**
 * CSV as RFC 4180 writes it: comma-separated, CRLF after every record, a field quoted when it
 * holds a comma, a double quote, CR or LF, and its quotes doubled. Text that a spreadsheet
 * would run as a formula is neutralised first (see `neutraliseFormula`).
 */

/** A cell: text is guarded; a number or boolean is written as it is; null is empty. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (or, for
 * tab and CR, hide one behind them): `=1+1`, `+cmd|…`, `-2+3`, `@SUM(…)`. OWASP's advice is to
 * prefix such a cell with a single quote, which every one of them shows as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field, guarded and quoted as needed. Numbers stay numbers: -1 is an exit code, not a formula. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF included. */
export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
