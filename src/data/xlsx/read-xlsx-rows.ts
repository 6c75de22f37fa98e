import { excelSerialDate } from '../cells/parse-date';
import { type DataIssue, unreadableIssue } from '../issues';
import { findHeader } from '../sheet/find-header';

/** The parts of a SheetJS cell we read. */
interface XlsxCell {
  t?: string;
  v?: unknown;
  w?: string;
  z?: unknown;
}

/**
 * An .xlsx (or .xls) workbook → the rows of its first sheet that has a results header (else its first sheet),
 * as strings from cell A1 so that index + 1 is Excel's row number. Formulas give their cached values; numbers are
 * written so that `parseViNumber` reads them back exactly (`1234,5`; `0,1230` rather than the ambiguous
 * `0,123`… see `numberText`); cells formatted as percent give `105%`, as date give ISO dates. Merged cells keep
 * their value in the top-left cell only, as a CSV export does. SheetJS is imported on first use only, so it
 * stays out of the main bundle. Never throws: an unreadable workbook is an `unreadable` issue.
 */
export async function readXlsxRows(
  bytes: Uint8Array,
  file: string,
): Promise<{ rows: string[][]; issues: DataIssue[] }> {
  try {
    const XLSX = await import('@e965/xlsx');
    const workbook = XLSX.read(bytes, {
      type: 'array',
      cellNF: true,
      cellFormula: false,
      cellHTML: false,
      dense: false,
    });
    let first: string[][] | undefined;
    for (const name of workbook.SheetNames) {
      const sheet = workbook.Sheets[name];
      if (!sheet?.['!ref']) continue;
      const range = XLSX.utils.decode_range(sheet['!ref']);
      const rows: string[][] = [];
      for (let r = 0; r <= range.e.r; r++) {
        const row: string[] = [];
        for (let c = 0; c <= range.e.c; c++) {
          const value = sheet[XLSX.utils.encode_cell({ r, c })] as XlsxCell | undefined;
          row.push(value ? cellText(value, XLSX.SSF.is_date) : '');
        }
        rows.push(row);
      }
      first ??= rows;
      if (findHeader(rows, file).header) return { rows, issues: [] };
    }
    return { rows: first ?? [], issues: [] };
  } catch (error) {
    return {
      rows: [],
      issues: [unreadableIssue(file, error)],
    };
  }
}

function cellText(cell: XlsxCell, isDate: (format: string) => boolean): string {
  const format = typeof cell.z === 'string' ? cell.z : '';
  switch (cell.t) {
    case 'n': {
      const n = Number(cell.v);
      if (format !== '' && format.includes('%')) return `${numberText(Number((n * 100).toPrecision(12)))}%`;
      if (format !== '' && format !== 'General' && isDate(format)) return excelSerialDate(n);
      return numberText(n);
    }
    case 'b':
      return cell.v ? 'true' : 'false';
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v ?? '');
    case 'e':
    case 'z':
      return '';
    default:
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? cell.w ?? '');
  }
}

const AMBIGUOUS = /^-?[1-9]\d{0,2},\d{3}$/;

/**
 * A real number as vi-VN text `parseViNumber` reads back exactly in any column: decimal comma, no grouping, and a
 * trailing 0 where one separator before three digits (`1,234`) would be ambiguous (`1,2340`).
 */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  const abs = Math.abs(n);
  let text = abs === 0 || (abs >= 1e-6 && abs < 1e21) ? String(n) : n.toFixed(12).replace(/0+$/, '');
  text = text.replace('.', ',');
  return AMBIGUOUS.test(text) ? `${text}0` : text;
}
