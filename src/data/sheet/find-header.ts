import { columnLetter } from '../cells/column-letter';
import type { DataIssue } from '../issues';
import { foldWords } from '../text/fold-text';
import { normalizeText } from '../text/normalize-text';
import { RESULT_COLUMN_NAMES, type ResultColumn, resultColumnOf, yearIn } from './result-column';

/** Where a clerk's table starts and what its columns mean. Row indexes are 0-based (Excel row = index + 1). */
export interface HeaderMatch {
  /** The header rows: one, or two when the row below continues it (“Kế hoạch” over “Năm 2022”). */
  headerRows: number[];
  /** The first row below the header (and below a column-numbering row such as `A | B | 1 | 2 | 3=2/1`). */
  firstDataRow: number;
  columns: Partial<Record<ResultColumn, number>>;
  /** The header text of each column as shown to people (two header rows joined by “ / ”). */
  headers: string[];
  /** From the headers, else a title row (“… NĂM 2022”), else the file name; a `year` column may still override per row. */
  year?: number;
  yearSource?: 'header' | 'title' | 'fileName';
  /** The actual column says “Ước …”: the actuals are estimates. */
  estimate: boolean;
}

const SCAN_ROWS = 30;
const KEY_COLUMNS: readonly ResultColumn[] = ['name', 'plan', 'actual'];
const COLUMN_NUMBERING = /^\(?[0-9A-Z]{1,3}\)?(?:\s*=.*)?$/;
const FILE_YEAR = /(?:^|\D)((?:19|20)\d\d)(?!\d)/;

interface Candidate {
  rows: number[];
  texts: string[];
  classes: (ResultColumn | undefined)[];
  score: number;
}

/**
 * Finds the header of a results sheet in its first 30 rows by the column names of docs/data-format.md (any case,
 * diacritics optional, Vietnamese or English), joining a second header row when it adds columns (merged cells).
 * Issues: `noHeader` when no row names two of Chỉ tiêu / Kế hoạch / Thực hiện (or one of them and two other
 * columns); `missingColumn` (error) for each of those three that is absent; `noYear` is left to the caller, who
 * may still find a `year` column.
 */
export function findHeader(rows: string[][], file: string): { header?: HeaderMatch; issues: DataIssue[] } {
  let best: Candidate | undefined;
  const end = Math.min(rows.length, SCAN_ROWS);
  for (let r = 0; r < end; r++) {
    const single = candidate(rows, [r]);
    if (!acceptable(single)) continue;
    let chosen = single;
    if (r + 1 < rows.length && continuesHeader(rows[r + 1] ?? [])) {
      const double = candidate(rows, [r, r + 1]);
      if (double.score > single.score || (double.score === single.score && hasYearOnly(rows[r + 1] ?? []))) {
        chosen = double;
      }
    }
    if (!best || chosen.score > best.score) best = chosen;
  }
  if (!best) return { issues: [{ file, code: 'noHeader', severity: 'error' }] };

  const issues: DataIssue[] = [];
  const columns: Partial<Record<ResultColumn, number>> = {};
  const years: (number | undefined)[] = best.texts.map((text) => yearIn(text));
  const actualCandidates: number[] = [];
  best.classes.forEach((cls, i) => {
    if (cls === undefined) return;
    if (cls === 'actual') actualCandidates.push(i);
    else if (columns[cls] === undefined) columns[cls] = i;
  });
  assignActual(columns, actualCandidates, years);

  const lastHeaderRow = best.rows[best.rows.length - 1] ?? 0;
  for (const key of KEY_COLUMNS) {
    if (columns[key] !== undefined) continue;
    issues.push({
      file,
      row: lastHeaderRow + 1,
      code: 'missingColumn',
      severity: 'error',
      expected: RESULT_COLUMN_NAMES[key as 'name' | 'plan' | 'actual'],
      detail: key,
    });
  }

  let firstDataRow = lastHeaderRow + 1;
  while (firstDataRow < rows.length && isColumnNumbering(rows[firstDataRow] ?? [])) firstDataRow++;

  const header: HeaderMatch = {
    headerRows: best.rows,
    firstDataRow,
    columns,
    headers: best.texts,
    estimate: columns.actual !== undefined && foldWords(best.texts[columns.actual] ?? '').startsWith('uoc'),
    // Present from the start, so that every header has one shape (docs/decisions.md, “Shapes kept alive”).
    year: undefined,
    yearSource: undefined,
  };
  const headerYear =
    pick(years, columns.plan) ?? pick(years, columns.actual) ?? years.find((y) => y !== undefined);
  if (headerYear !== undefined) {
    header.year = headerYear;
    header.yearSource = 'header';
  } else {
    const titleYear = titleYearAbove(rows, best.rows[0] ?? 0);
    const fileYear = FILE_YEAR.exec(file.replace(/^.*[/\\]/, ''));
    if (titleYear !== undefined) {
      header.year = titleYear;
      header.yearSource = 'title';
    } else if (fileYear) {
      header.year = Number(fileYear[1]);
      header.yearSource = 'fileName';
    }
  }
  return { header, issues };
}

/** Describes column `index` of a header for an issue. */
export function headerColumn(header: HeaderMatch | undefined, index: number): DataIssue['column'] {
  const text = header?.headers[index];
  return text ? { index, letter: columnLetter(index), header: text } : { index, letter: columnLetter(index) };
}

function candidate(rows: string[][], which: number[]): Candidate {
  const top = rows[which[0] ?? 0] ?? [];
  const bottom = which.length > 1 ? (rows[which[1] ?? 0] ?? []) : undefined;
  const width = Math.max(top.length, bottom?.length ?? 0);
  const texts: string[] = [];
  const classes: (ResultColumn | undefined)[] = [];
  let carried = '';
  for (let i = 0; i < width; i++) {
    const own = normalizeText(top[i] ?? '');
    const below = bottom ? normalizeText(bottom[i] ?? '') : '';
    if (own !== '') carried = own;
    const above = own !== '' ? own : below !== '' ? carried : '';
    // The non-blank of the two, joined by ` / `, with no array a cell. Why: the search reads every cell of the first
    // 30 rows in every parse, and two arrays a cell were most of what it allocated (sampled, a 1 000-row bench
    // sheet: candidate 56 → 15 KB of the 370 or so its reading allocates).
    const joined = above === '' ? below : below === '' ? above : `${above} / ${below}`;
    texts.push(joined);
    classes.push(
      below === ''
        ? resultColumnOf(above)
        : (resultColumnOf(below) ?? resultColumnOf(`${above} ${below}`) ?? resultColumnOf(above)),
    );
  }
  const distinct = new Set(classes.filter((c) => c !== undefined));
  return { rows: which, texts, classes, score: distinct.size };
}

function acceptable(c: Candidate): boolean {
  const keys = KEY_COLUMNS.filter((key) => c.classes.includes(key)).length;
  return keys >= 2 || (keys === 1 && c.score >= 3);
}

/**
 * A row that may continue a header: some cell is a header name or a year (“Năm 2022”, “2022”), and no cell is a
 * number other than a year (a data row has figures).
 */
function continuesHeader(row: string[]): boolean {
  // `?? ''`: a row copied from a sparse one (`[...row]`) holds `undefined`, which must not throw.
  if (row.some((cell) => FIGURE.test((cell ?? '').trim()) && !BARE_YEAR.test((cell ?? '').trim())))
    return false;
  return row.some((cell) => resultColumnOf(cell ?? '') !== undefined) || hasYearOnly(row);
}

const FIGURE = /^[-+(]?\d[\d.,\s]*%?\)?$/;
const BARE_YEAR = /^(?:19|20)\d\d$/;

function hasYearOnly(row: string[]): boolean {
  return row.some(
    (cell) => (cell ?? '').trim() !== '' && resultColumnOf(cell) === undefined && yearIn(cell) !== undefined,
  );
}

function isColumnNumbering(row: string[]): boolean {
  let filled = 0;
  for (const cell of row) {
    const text = (cell ?? '').trim();
    if (text === '') continue;
    if (!COLUMN_NUMBERING.test(text)) return false;
    filled++;
  }
  return filled >= 2;
}

/** Several “Thực hiện” columns (TH 2021 | ƯTH 2022): the one of the plan's year (or the latest) is the actual, an earlier one the baseline. */
function assignActual(
  columns: Partial<Record<ResultColumn, number>>,
  candidates: number[],
  years: (number | undefined)[],
): void {
  if (candidates.length === 0) return;
  const planYear = pick(years, columns.plan);
  const yearOf = (i: number) => years[i] ?? planYear ?? Number.POSITIVE_INFINITY;
  const sorted = [...candidates].sort((a, b) => yearOf(b) - yearOf(a));
  const actual =
    (planYear !== undefined ? sorted.find((i) => years[i] === planYear) : undefined) ?? sorted[0];
  if (actual === undefined) return;
  columns.actual = actual;
  const earlier = sorted.find((i) => i !== actual && yearOf(i) < yearOf(actual));
  if (earlier !== undefined && columns.baseline === undefined) columns.baseline = earlier;
}

function pick(years: (number | undefined)[], index: number | undefined): number | undefined {
  return index === undefined ? undefined : years[index];
}

function titleYearAbove(rows: string[][], headerRow: number): number | undefined {
  for (let r = 0; r < headerRow; r++) {
    for (const cell of rows[r] ?? []) {
      const year = cell ? yearIn(cell, true) : undefined;
      if (year !== undefined) return year;
    }
  }
  return undefined;
}
