/**
 * CSV for spreadsheets, free of React and the DOM so the dashboard and the public page share it.
 *
 * The separator follows the reader's Excel: Vietnamese Windows uses `,` as the decimal mark, so its list
 * separator is `;` and Excel opens `;`-separated files in columns; with `,` as the decimal mark too, a number
 * like 105,3 would split in two. English files use `,` and `.`. A UTF-8 byte-order mark lets Excel read
 * Vietnamese letters; no `sep=` line is written, because Excel then ignores the BOM.
 */

/** A cell as given: a number stays a number (written with the chosen decimal mark), text is text. */
export type CsvCell = string | number | undefined;

export interface CsvOptions {
  separator: ';' | ',';
  decimalMark: ',' | '.';
}

export const BOM = '\uFEFF';

/** The options for a locale: `;` and `,` for Vietnamese, `,` and `.` for English. */
export function csvOptionsFor(locale: 'vi' | 'en'): CsvOptions {
  return locale === 'vi' ? { separator: ';', decimalMark: ',' } : { separator: ',', decimalMark: '.' };
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that a spreadsheet could run as a formula (starting with = + - @, a tab or a carriage return) gets a
 * leading `'`, as OWASP's CSV-injection advice says, so “=HYPERLINK(…)” shows as text. Other text is unchanged.
 */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A finite number in plain decimal notation (no grouping, no exponent); empty for NaN and ±Infinity. */
export function csvNumber(n: number, decimalMark: ',' | '.'): string {
  if (!Number.isFinite(n)) return '';
  const text = Math.abs(n) < 1e21 ? plainDecimal(n) : String(n);
  return decimalMark === ',' ? text.replace('.', ',') : text;
}

function plainDecimal(n: number): string {
  const text = String(n);
  if (!/e/i.test(text)) return text;
  // 1e-7 and the like: write out the digits (up to 20 decimals), then drop trailing zeros.
  return n.toFixed(20).replace(/\.?0+$/, '');
}

function quote(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The rows as CSV text starting with a BOM, lines ended by CRLF (RFC 4180). Numbers keep their sign, so a
 * negative change stays a number; text is neutralised (see neutraliseCell) and quoted when it holds the
 * separator, a quote or a line break; undefined is an empty cell.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions): string {
  const lines = rows.map((row) =>
    row
      .map((cell) => {
        if (cell === undefined) return '';
        const text = typeof cell === 'number' ? csvNumber(cell, options.decimalMark) : neutraliseCell(cell);
        return quote(text, options.separator);
      })
      .join(options.separator),
  );
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
