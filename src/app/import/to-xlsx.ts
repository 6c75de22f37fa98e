import { type CsvCell, neutraliseCell } from '../../data/export/to-csv';

/**
 * Text a spreadsheet could run as a formula or a command, made inert with a leading `'` (OWASP, CSV injection):
 * `neutraliseCell` plus a leading line feed, which OWASP also lists.
 */
export function neutraliseText(text: string): string {
  return text.startsWith('\n') ? `'${text}` : neutraliseCell(text);
}

/**
 * The rows as an .xlsx workbook of one sheet (SheetJS, loaded on first use): numbers are number cells (negative
 * ones too), text is text cells neutralised like the CSV export, undefined is an empty cell.
 */
export async function toXlsx(rows: readonly (readonly CsvCell[])[], sheetName: string): Promise<Uint8Array> {
  const XLSX = await import('@e965/xlsx');
  const safe = rows.map((row) =>
    row.map((cell) =>
      typeof cell === 'string' ? neutraliseText(cell) : Number.isFinite(cell) ? cell : undefined,
    ),
  );
  const sheet = XLSX.utils.aoa_to_sheet(safe);
  const widths = safe[0]?.map((_, c) =>
    Math.min(60, Math.max(6, ...safe.map((row) => String(row[c] ?? '').length + 2))),
  );
  if (widths) sheet['!cols'] = widths.map((wch) => ({ wch }));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, sheetName.slice(0, 31));
  return new Uint8Array(
    XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer,
  );
}
