import { columnLetter } from '../cells/column-letter';
import { parseBoolean } from '../cells/parse-boolean';
import { parseDate } from '../cells/parse-date';
import { parseViNumber } from '../cells/parse-vi-number';
import type { DataIssue, IssueCode, Severity } from '../issues';
import { foldText } from '../text/fold-text';
import { normalizeText } from '../text/normalize-text';

/** A reference-table column: its snake_case name from docs/data-format.md, other header spellings, and whether a value is required. */
export interface ColumnSpec {
  required?: boolean;
  /** The column is required but a cell may be blank (e.g. `unit_vi` of a boolean indicator). */
  blankOk?: boolean;
  aliases?: readonly string[];
}

const HEADER_KEY = /[^a-z0-9]+/g;
/** `Name VI`, `name_vi`, `Tên (vi)` → `namevi`: case-, diacritics- and punctuation-blind. */
export const headerKey = (s: string) => foldText(s).replace(HEADER_KEY, '');
const LIST_SEPARATOR = /\s*\|\s*/;

/**
 * Reads one reference table (docs/data-format.md): the first non-blank row is the header, looked up blind to case,
 * diacritics, spaces and underscores; the rows below are visited by `each`, whose typed getters validate a cell and
 * record an issue (row numbered as Excel does, column lettered) when it is wrong. A required cell that is blank or
 * wrong marks the row bad (`rowOk = false`): the caller drops it. An optional cell that is wrong is a warning and
 * reads as `undefined`. A missing required column is a `missingColumn` error, and then no row is read.
 */
export class TableReader<K extends string> {
  readonly issues: DataIssue[] = [];
  readonly file: string;
  private readonly spec: Record<K, ColumnSpec>;
  private readonly index = new Map<K, number>();
  private headers: string[] = [];
  private headerRow = -1;
  private rows: string[][];
  private cells: string[] = [];
  private rowIndex = 0;
  /** False once a required cell of the current row is blank or wrong. */
  rowOk = true;
  /** False when the table cannot be read at all (empty, or a required column missing). */
  readonly usable: boolean;

  constructor(rows: string[][], file: string, spec: Record<K, ColumnSpec>) {
    this.rows = rows;
    this.file = file;
    this.spec = spec;
    this.headerRow = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
    if (this.headerRow < 0) {
      this.issues.push({ file, code: 'emptyFile', severity: 'error' });
      this.usable = false;
      return;
    }
    this.headers = (rows[this.headerRow] ?? []).map(normalizeText);
    const byKey = new Map<string, number>();
    this.headers.forEach((header, i) => {
      const key = headerKey(header);
      if (key !== '' && !byKey.has(key)) byKey.set(key, i);
    });
    let usable = true;
    for (const name of Object.keys(spec) as K[]) {
      const column = spec[name];
      const candidates = [name, ...(column.aliases ?? [])].map(headerKey);
      const found = candidates.map((key) => byKey.get(key)).find((i) => i !== undefined);
      if (found !== undefined) this.index.set(name, found);
      else if (column.required) {
        usable = false;
        this.issues.push({
          file,
          row: this.headerRow + 1,
          code: 'missingColumn',
          severity: 'error',
          expected: [name, ...(column.aliases ?? [])].join(', '),
        });
      }
    }
    this.usable = usable;
  }

  /** Visits each non-blank row below the header (none if the table is not usable); stops early when `visit` returns false. */
  each(visit: (excelRow: number) => undefined | boolean): void {
    if (!this.usable) return;
    for (let i = this.headerRow + 1; i < this.rows.length; i++) {
      const cells = this.rows[i] ?? [];
      if (!cells.some((cell) => cell.trim() !== '')) continue;
      this.cells = cells;
      this.rowIndex = i;
      this.rowOk = true;
      if (visit(i + 1) === false) return;
    }
  }

  has(name: K): boolean {
    return this.index.has(name);
  }

  /** The cell, NFC and trimmed; '' when the column or the cell is absent. */
  text(name: K): string {
    const i = this.index.get(name);
    return i === undefined ? '' : normalizeText(this.cells[i] ?? '');
  }

  /** The cell, or `undefined` when blank; a blank required cell is a `missingValue` error. */
  optional(name: K): string | undefined {
    const value = this.text(name);
    if (value !== '') return value;
    if (this.spec[name].required && !this.spec[name].blankOk) this.report(name, 'missingValue', value);
    return undefined;
  }

  /** Like `optional`, for required columns: '' (and the row marked bad) when blank. */
  required(name: K): string {
    return this.optional(name) ?? '';
  }

  /** `a|b|c` → ['a', 'b', 'c'], blanks dropped. */
  list(name: K): string[] {
    const value = this.optional(name);
    return value === undefined ? [] : value.split(LIST_SEPARATOR).filter((item) => item !== '');
  }

  number(name: K, options: { integer?: boolean } = {}): number | undefined {
    const raw = this.optional(name);
    if (raw === undefined) return undefined;
    const cell = parseViNumber(raw);
    if (!cell.ok || cell.value === undefined || (options.integer && !Number.isInteger(cell.value))) {
      this.report(name, cell.ok ? 'notANumber' : cell.code, raw, options.integer ? 'integer' : undefined);
      return undefined;
    }
    return cell.value;
  }

  year(name: K): number | undefined {
    const raw = this.optional(name);
    if (raw === undefined) return undefined;
    const year = Number(raw);
    if (Number.isInteger(year) && year >= 1900 && year <= 2100) return year;
    this.report(name, 'badYear', raw);
    return undefined;
  }

  /** Blank is `fallback`. */
  boolean(name: K, fallback = false): boolean {
    const raw = this.text(name);
    const cell = parseBoolean(raw);
    if (cell.ok) return cell.value ?? fallback;
    this.report(name, 'badBoolean', raw);
    return fallback;
  }

  date(name: K): string | undefined {
    const raw = this.optional(name);
    if (raw === undefined) return undefined;
    const cell = parseDate(raw);
    if (cell.ok) return cell.value;
    this.report(name, 'badDate', raw);
    return undefined;
  }

  oneOf<V extends string>(name: K, values: readonly V[]): V | undefined {
    const raw = this.optional(name);
    if (raw === undefined) return undefined;
    const found =
      values.find((value) => value === raw) ?? values.find((value) => headerKey(value) === headerKey(raw));
    if (found !== undefined) return found;
    this.report(name, 'badEnum', raw, values.join(', '));
    return undefined;
  }

  /** A reference to an id of another table; unknown ids are `unknownReference` (`where` names that table). */
  reference(
    name: K,
    known: ReadonlySet<string> | undefined,
    where: string,
    severity?: Severity,
  ): string | undefined {
    const id = this.optional(name);
    if (id === undefined || known === undefined || known.has(id)) return id;
    this.report(name, 'unknownReference', id, where, severity);
    return undefined;
  }

  /** Keeps the ids of `ids` found in `known`, reporting the others. */
  references(name: K, ids: string[], known: ReadonlySet<string> | undefined, where: string): string[] {
    if (known === undefined) return ids;
    return ids.filter((id) => {
      if (known.has(id)) return true;
      this.report(name, 'unknownReference', id, where, 'error');
      return false;
    });
  }

  /** An issue at the current row and the column of `name`; an error (required column) also marks the row bad. */
  report(name: K, code: IssueCode, raw?: string, expected?: string, severity?: Severity): void {
    const resolved: Severity = severity ?? (this.spec[name].required ? 'error' : 'warning');
    if (resolved === 'error') this.rowOk = false;
    this.reportAt(this.rowIndex + 1, name, code, resolved, raw, expected);
  }

  /** An issue at any Excel row (for checks made after all rows are read), without touching `rowOk`. */
  reportAt(row: number, name: K, code: IssueCode, severity: Severity, raw?: string, expected?: string): void {
    const i = this.index.get(name);
    const issue: DataIssue = { file: this.file, row, code, severity };
    if (i !== undefined)
      issue.column = { index: i, letter: columnLetter(i), header: this.headers[i] ?? name };
    if (raw !== undefined) issue.raw = raw;
    if (expected !== undefined) issue.expected = expected;
    this.issues.push(issue);
  }

  /** Remembers ids; a repeated one is a `duplicateId` error naming the first row. */
  unique(name: K, seen: Map<string, number>, id: string): boolean {
    const first = seen.get(id);
    if (first !== undefined) {
      this.report(name, 'duplicateId', id, undefined, 'error');
      const last = this.issues[this.issues.length - 1];
      if (last) last.detail = String(first);
      return false;
    }
    seen.set(id, this.rowIndex + 1);
    return true;
  }
}
