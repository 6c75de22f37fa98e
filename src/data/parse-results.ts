import type {
  AdminUnit,
  Direction,
  Indicator,
  IndicatorGroup,
  IndicatorResult,
  Plan,
  Status,
  TargetKind,
} from '../domain/model';
import { parseActual, plainActual } from './cells/parse-actual';
import { parseBoolean } from './cells/parse-boolean';
import { parseDate } from './cells/parse-date';
import { parsePlan, plainPlan } from './cells/parse-plan';
import { parseStatusLabel } from './cells/parse-status-label';
import { localeOfVotes, type NumberLocale, numberEvidence, parseViNumber } from './cells/parse-vi-number';
import { type CsvProgress, forEachCsvRow } from './csv/parse-csv-rows';
import type { Cell, DataIssue, IssueCode, Parsed, Severity } from './issues';
import { findUnit, indicatorKeys, nameKey, type UnitKeys, unitKeys } from './sheet/catalogue-keys';
import { CellMemo, MEMO_LIMIT } from './sheet/cell-memo';
import {
  afterTrongDo,
  isLetterSection,
  isRomanNumeral,
  isTrailerLine,
  romanSectionTitle,
  rowLevel,
  splitNameMarker,
} from './sheet/classify-row';
import { findHeader, type HeaderMatch, headerColumn } from './sheet/find-header';
import { FirstRows } from './sheet/first-rows';
import { type ColumnIndex, columnIndex, type ReaderContext, readerContext } from './sheet/fixed-shapes';
import { matchGroup } from './sheet/match-group';
import { plainResult } from './sheet/plain-result';
import type { ResultColumn } from './sheet/result-column';
import { foldWords } from './text/fold-text';
import { normalizeText } from './text/normalize-text';

/** A section row of the sheet (`I. KINH TẾ`) and the dataset group it maps to, if any. */
export interface SectionGroup {
  /** Excel row. */
  row: number;
  title: string;
  groupCode?: string;
}

export interface ResultsParse extends Parsed<IndicatorResult> {
  /** The sheet's year (header, title or file name); rows of a `year` column may differ. */
  year?: number;
  /** Provisional catalogue entries for rows whose indicator is not in the catalogue (`unknownIndicator` warnings). */
  newIndicators: Indicator[];
  /** Codes of new indicators whose direction nobody stated (`directionUnknown` warnings); they default to `higher`. */
  reviewIndicators: string[];
  sectionGroups: SectionGroup[];
  /**
   * Indicator code → the code of the row it sits under in this sheet (`1.1`, `a)`, `-`, `+`, rows after
   * “Trong đó:”). Such results are parts of their parent: count the parent only.
   */
  parentCodes: Record<string, string>;
}

export interface ResultsContext {
  file: string;
  indicators: Indicator[];
  units: AdminUnit[];
  groups: IndicatorGroup[];
  /** Default for rows without a sample column (bundled sample data: true). */
  isSample?: boolean;
  /** Default source id for rows without a source column. */
  sourceId?: string;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** What `figure` gives for a cell it could not read (a plan may be `undefined`: no plan). */
const UNREADABLE = Symbol('unreadable');
const EVIDENCE_ROWS = 2000;
const PROGRESS_EVERY = 5000;
const NUMBER_COLUMNS = ['plan', 'actual', 'baseline', 'percent'] as const;

interface NameInfo {
  normalized: string;
  /** What follows “Trong đó:”, when the cell starts with it. */
  afterTrongDo?: string;
  marker: string;
  name: string;
}

/** What the rows read of a code cell: its text, and the catalogue entry of that code. */
interface CodeCell {
  text: string;
  known: Indicator | undefined;
}

/** What the rows read of a unit cell: its text, the unit it names, and that unit's number for `firstRows`. */
interface UnitCell {
  text: string;
  /** `undefined`: no unit (blank) or an unknown one (`text` not blank). */
  id: string | undefined;
  number: number;
}

interface StackEntry {
  level: number;
  /** Known once the row is read as a result, or materialised as a parent. */
  code: string | undefined;
  name: string;
  row: number;
}

/**
 * A clerk's results sheet (rows of cells, as `parseCsvRows` or the XLSX reader give them) → indicator results and
 * issues. Never throws. Finds the header (title rows above it are skipped); reads sections (`I. KINH TẾ`) as
 * groups; nests numbered rows, `a)`, `-`, `+` and “Trong đó:” rows under their parent (`parentCodes`); skips
 * blank rows, notes, footnotes and signatures; matches indicators by code, else by name or alias (case- and
 * diacritics-blind) and units by id, name or alias. `-`/blank is no data. A row is dropped with an error when its
 * name, plan or actual cannot be read, its unit is unknown, or it repeats an (indicator, unit, year); a bad
 * optional cell (percent, status, date, flags) is a warning and the row is kept. Rows are numbered as Excel does.
 */
export function parseResults(rows: string[][], ctx: ResultsContext): ResultsParse {
  const out = emptyParse();
  const { file } = ctx;
  if (rows.length === 0 || rows.every(isBlank)) {
    out.issues.push({ file, code: 'emptyFile', severity: 'error' });
    return out;
  }
  const found = findHeader(rows, file);
  out.issues.push(...found.issues);
  const header = found.header;
  if (!header || found.issues.some((issue) => issue.code === 'missingColumn')) return out;
  if (header.year !== undefined) out.year = header.year;
  if (header.year === undefined && header.columns.year === undefined) {
    out.issues.push({ file, code: 'noYear', severity: 'error' });
    return out;
  }
  const sheet = new SheetReader(rows, ctx, header, out);
  const total = rows.length;
  for (let r = header.firstDataRow; r < total; r++) if (!sheet.next(r, rows[r], total)) break;
  return sheet.finish(total);
}

/** Rows a streamed sheet holds before reading on: the header (first 30 rows) and the locale sample lie in them. */
const PREFIX_ROWS = 4096;

/**
 * `parseResults(parseCsvRows(text), ctx)`, the same result, without holding every row of the text: the rows are read
 * as papaparse splits them, once the first `PREFIX_ROWS` have given the header and the number locales. A sheet
 * shorter than that, or whose header or year is missing, takes `parseResults` itself. Progress totals are an
 * estimate from the share of the text read, exact at the end.
 */
export function parseCsvResults(text: string, ctx: ResultsContext): ResultsParse {
  return readCsvResults((onRow) => forEachCsvRow(text, onRow), ctx);
}

/**
 * `parseCsvResults` over the rows a splitter hands to `onRow` (`forEachCsvRow`, or the UTF-8 byte reader's, which
 * refills one array: `refilled`, and the rows held before the header is known are copies).
 */
export function readCsvResults(
  forEachRow: (onRow: (cells: string[], progress: CsvProgress) => boolean) => void,
  ctx: ResultsContext,
  refilled = false,
): ResultsParse {
  let prefix: string[][] = [];
  let sheet: SheetReader | undefined;
  let r = 0;
  forEachRow((cells, progress) => {
    if (sheet === undefined) {
      prefix.push(refilled ? cells.slice() : cells);
      r = prefix.length;
      if (r === PREFIX_ROWS) sheet = startStream(prefix, ctx);
      // Read now, the prefix's cells are let go: held to the end, they were 4096 rows more for every young-generation
      // collection to copy (10 000 bench rows: a collection in a parse cost 30 ms instead of 10 or so).
      if (sheet !== undefined) prefix = [];
      return true;
    }
    const total = Math.max(r + 1, Math.round(((r + 1) * progress.length) / Math.max(progress.read, 1)));
    return sheet.next(r++, cells, total);
  });
  return sheet === undefined ? parseResults(prefix, ctx) : sheet.finish(r);
}

/** A reader that has read `prefix`, when `parseResults` over the whole sheet would read its rows; else undefined. */
function startStream(prefix: string[][], ctx: ResultsContext): SheetReader | undefined {
  if (prefix.every(isBlank)) return undefined;
  const found = findHeader(prefix, ctx.file);
  const header = found.header;
  if (!header || found.issues.some((issue) => issue.code === 'missingColumn')) return undefined;
  if (header.year === undefined && header.columns.year === undefined) return undefined;
  // The locale sample must lie in the prefix (and the column-numbering rows below the header must end in it).
  if (header.firstDataRow + EVIDENCE_ROWS > prefix.length) return undefined;
  const out = emptyParse();
  out.issues.push(...found.issues);
  if (header.year !== undefined) out.year = header.year;
  const sheet = new SheetReader(prefix, ctx, header, out);
  for (let r = header.firstDataRow; r < prefix.length; r++) if (!sheet.next(r, prefix[r], r + 1)) break;
  return sheet;
}

/** A parse with no row and no issue yet. */
export function emptyParse(): ResultsParse {
  return {
    // Present from the start, so that every parse has one shape (docs/decisions.md, “Shapes kept alive”).
    year: undefined,
    rows: [],
    issues: [],
    newIndicators: [],
    reviewIndicators: [],
    sectionGroups: [],
    parentCodes: {},
  };
}

function isBlank(row: string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

/** Exported for the test that its optimised code outlives a garbage collection (test/unit/parser-shapes-kept.test.ts). */
export class SheetReader {
  /** One reader kept alive, so V8 keeps its shape: docs/decisions.md, “Shapes kept alive”. */
  static readonly shape = new SheetReader(
    [],
    { file: '', indicators: [], units: [], groups: [] },
    { headerRows: [], firstDataRow: 0, columns: {}, headers: [], estimate: false },
    emptyParse(),
  );
  private readonly c: ColumnIndex;
  private readonly ctx: ReaderContext;
  /** Every number column's locale, all four from the start (one shape: see `columnIndex`). */
  private readonly locales: Record<(typeof NUMBER_COLUMNS)[number], NumberLocale | undefined> = {
    plan: undefined,
    actual: undefined,
    baseline: undefined,
    percent: undefined,
  };
  /** The catalogue's keys (shared between parses: never changed) and the codes of this sheet's new indicators. */
  private readonly byCode: ReadonlyMap<string, Indicator>;
  private readonly newCodes = new Map<string, Indicator>();
  private readonly byName: ReadonlyMap<string, Indicator>;
  private readonly indicatorMemo = new Map<string, Indicator | null>();
  /** Code cell as written → its catalogue entry; hits only (a miss may become a new indicator's code). */
  private readonly codeMemo = new Map<string, Indicator>();
  private readonly booleans = new CellMemo(parseBoolean);
  private readonly unitKeys: UnitKeys;
  private readonly unitMemo = new Map<string, string | null>();
  /** (indicator code, unit, year) → the Excel row that had it first. */
  private readonly firstRows = new FirstRows();
  /** Unit id → a small number for `firstRows` (0: no unit). */
  private readonly unitNumbers = new Map<string, number>();
  /** Per distinct cell text: names, statuses and units of measure repeat across thousands of rows. */
  private readonly names = new CellMemo(readNameInfo);
  private readonly statuses = new CellMemo(parseStatusLabel);
  /**
   * Per distinct row marker (`1`, `2.1`, `a)`, `-`): a province's sheet numbers every commune's rows 1, 2, 3… again,
   * and reading a marker (a regex, a replace and a split) on every row was a sixth of the parse (the 100k bench
   * sheet with a TT column numbering 1–38, Node 20: 181 ms; 151 with this memo; 148 without the column).
   */
  private readonly levels = new CellMemo(rowLevel);
  /** One memo per column: each remembers its column's last cell (a commune's block repeats its unit). */
  private readonly measureTexts = new CellMemo(normalizeText);
  private readonly sourceTexts = new CellMemo(normalizeText);
  /**
   * A unit cell and a code cell as written → all that rows read of them (text, unit, catalogue entry): one memo
   * look-up a row instead of three and two (10 000 bench rows, alternated: about 1 ms of 16).
   */
  private readonly unitCells = new CellMemo((raw) => this.readUnitCell(raw));
  private readonly codeCells = new CellMemo((raw) => this.readCodeCell(raw));
  private readonly evidence = new Map<string, { higher: number; lower: number; firstRow: number }>();
  private readonly newByKey = new Map<string, Indicator>();
  private stack: StackEntry[] = [];
  /** Entries popped off the stack, to be reused: nothing refers to one once popped (an allocation a row less). */
  private readonly spareEntries: StackEntry[] = [];
  /** Past the table: notes and signatures, read no more. */
  private trailer = false;
  private aborted = false;
  private trongDoLevel: number | undefined;
  private group: string | undefined;
  private row = 0;

  constructor(
    rows: string[][],
    ctx: ResultsContext,
    private readonly header: HeaderMatch,
    private readonly out: ResultsParse,
  ) {
    this.ctx = readerContext(ctx);
    this.c = columnIndex(header.columns);
    const keys = indicatorKeys(ctx.indicators);
    this.byCode = keys.byCode;
    this.byName = keys.byName;
    this.unitKeys = unitKeys(ctx.units);
    this.detectLocales(rows);
  }

  /**
   * Reads row `r` (0-based, below the header); false when the caller aborted, and reading stops. `total` is the
   * number of rows for progress, or an estimate.
   */
  next(r: number, cells: string[] | undefined, total: number): boolean {
    const ctx = this.ctx;
    if (this.aborted || ctx.signal?.aborted) {
      if (!this.aborted)
        this.out.issues.push({ file: ctx.file, row: r + 1, code: 'aborted', severity: 'warning' });
      this.aborted = true;
      return false;
    }
    if (ctx.onProgress && r % PROGRESS_EVERY === 0) ctx.onProgress(r, total);
    if (this.trailer || !cells) return true;
    this.row = r;
    this.trailer = this.readRow(cells);
    return true;
  }

  /** After the last row: final progress, the directions of new indicators. */
  finish(total: number): ResultsParse {
    this.ctx.onProgress?.(total, total);
    this.settleDirections();
    return this.out;
  }

  /** Reads one row; returns true when it starts the trailer (notes, signatures). */
  private readRow(cells: string[]): boolean {
    const c = this.c;
    const planRaw = cell(cells, c.plan);
    const actualRaw = cell(cells, c.actual);
    const hasFigures = planRaw.trim() !== '' || actualRaw.trim() !== '';
    const first = firstFilled(cells);
    if (first === undefined) return false;
    if (!hasFigures && isTrailerLine(first)) return true;

    const tt = cell(cells, c.rowNumber).trim();
    const info = this.names.get(cell(cells, c.name));
    let name = info.normalized;
    if (!hasFigures && this.readSection(tt, name, first)) return false;

    let marker = tt;
    const inlineTrongDo = info.afterTrongDo !== undefined;
    if (inlineTrongDo) {
      const parentLevel = this.stack[this.stack.length - 1]?.level ?? 0;
      this.trongDoLevel = parentLevel;
      if (info.afterTrongDo === '' && !hasFigures) return false;
    }
    name = info.name;
    if (marker === '') marker = info.marker;

    let level = this.levels.get(marker);
    if (level !== undefined && level <= 2 && !inlineTrongDo) this.trongDoLevel = undefined;
    if (this.trongDoLevel !== undefined) level = Math.max(level ?? 0, this.trongDoLevel + 1);
    level ??= 0;
    while (this.stack.length > 0 && (this.stack[this.stack.length - 1]?.level ?? 0) >= level) {
      const popped = this.stack.pop();
      if (popped !== undefined) this.spareEntries.push(popped);
    }
    const parent = this.stack[this.stack.length - 1];

    if (name === '') {
      if (hasFigures) this.issue('name', 'missingValue', 'error', '');
      return false;
    }
    const codeCell = this.codeCell(cells);
    const code = codeCell.text;
    const known = codeCell.known ?? this.matchIndicator(code, name);
    const entry = this.stackEntry(level, name);
    this.stack.push(entry);
    if (!known && !hasFigures && code === '') return false; // a heading: materialised only if a child needs it
    this.readResult(cells, known, code, name, planRaw, actualRaw, parent, entry);
    return false;
  }

  private stackEntry(level: number, name: string): StackEntry {
    const entry = this.spareEntries.pop();
    // `code` from the start: set later, it would need a second array per row.
    if (entry === undefined) return { level, code: undefined, name, row: this.row + 1 };
    entry.level = level;
    entry.code = undefined;
    entry.name = name;
    entry.row = this.row + 1;
    return entry;
  }

  private readSection(tt: string, name: string, first: string): boolean {
    let title: string | undefined;
    if (isRomanNumeral(tt) && name !== '') title = romanSectionTitle(name) ?? name;
    else title = romanSectionTitle(name) ?? romanSectionTitle(first);
    if (title === undefined && isLetterSection(tt) && name !== '') title = name;
    if (title === undefined) return false;
    const section: SectionGroup = { row: this.row + 1, title };
    const group = matchGroup(title, this.ctx.groups);
    if (group !== undefined) section.groupCode = group;
    else this.issue('name', 'unknownGroup', 'warning', title);
    this.group = group;
    this.out.sectionGroups.push(section);
    this.stack = [];
    this.trongDoLevel = undefined;
    return true;
  }

  private readResult(
    cells: string[],
    known: Indicator | undefined,
    code: string,
    name: string,
    planRaw: string,
    actualRaw: string,
    parent: StackEntry | undefined,
    entry: StackEntry,
  ): void {
    const c = this.c;
    // The plain shortcuts called here, not through `figure`: a call through a parameter that is one of two functions
    // was not inlined by Node 20's V8 (100k bench rows, Node, three alternated runs: 134–160 → 129–134 ms).
    const fastPlan = plainPlan(planRaw, this.locales.plan);
    const plan = fastPlan !== undefined ? fastPlan : this.figure('plan', planRaw, parsePlan, 'badPlan');
    if (plan === UNREADABLE) return;
    const fastActual = plainActual(actualRaw, this.locales.actual);
    const actual =
      fastActual !== undefined ? fastActual : this.figure('actual', actualRaw, parseActual, 'badActual');
    if (actual === UNREADABLE) return;
    let year = this.header.year;
    if (c.year !== undefined) {
      const raw = cell(cells, c.year).trim();
      const parsed = Number(raw);
      if (raw !== '' && Number.isInteger(parsed) && parsed >= 1900 && parsed <= 2100) year = parsed;
      else if (raw !== '' || year === undefined) {
        this.issue('year', raw === '' ? 'noYear' : 'badYear', year === undefined ? 'error' : 'warning', raw);
        if (year === undefined) return;
      }
    }
    if (year === undefined) return;
    const unit = this.unitCells.get(cell(cells, c.unit));
    const unitId = unit.id;
    if (unit.text !== '' && unitId === undefined) {
      this.issue('unit', 'unknownUnit', 'error', unit.text);
      return;
    }
    const reported = this.optionalStatus(cells);
    const indicator = known ?? this.provisional(code, name, cells, plan, parent);
    entry.code = indicator.code;
    if (parent !== undefined) {
      const parentCode = parent.code ?? this.materialise(parent).code;
      if (parentCode !== indicator.code) this.out.parentCodes[indicator.code] = parentCode;
    }
    const firstRow = this.firstRows.claim(indicator.code, unit.number, year, this.row + 1);
    if (firstRow !== 0) {
      this.issue('name', 'duplicateRow', 'error', name, undefined, String(firstRow));
      return;
    }
    if (!known) this.collectEvidence(indicator.code, plan, actual.value, reported);

    const result = plainResult(
      indicator.code,
      year,
      unitId,
      plan,
      // A plain number (digits and one `.` or `,`) is normal text as written: no second pass over it.
      fastPlan?.kind === 'value' ? planRaw : normalizeText(planRaw),
      actual,
      this.header.estimate,
      reported,
      this.ctx.isSample ?? false,
    );
    this.readOptional(cells, result);
    this.out.rows.push(result);
  }

  /** A plan or actual cell the plain shortcut did not read: by the full reader, else an error issue and `UNREADABLE`. */
  private figure<T>(
    key: 'plan' | 'actual',
    raw: string,
    read: (raw: string, locale?: NumberLocale) => Cell<T>,
    bad: IssueCode,
  ): T | typeof UNREADABLE {
    const locale = this.locales[key];
    const cell = read(raw, locale);
    if (cell.ok) return cell.value;
    this.issue(key, cell.code === 'ambiguousNumber' ? cell.code : bad, 'error', raw);
    return UNREADABLE;
  }

  /** Reads the optional cells into `result`. */
  private readOptional(cells: string[], result: IndicatorResult): void {
    const c = this.c;
    const unitText = this.measureTexts.get(cell(cells, c.unitOfMeasure));
    if (unitText !== '') result.unitText = unitText;
    if (c.percent !== undefined) {
      const raw = cell(cells, c.percent);
      const n = parseViNumber(raw, this.locales.percent);
      if (n.ok && n.value !== undefined) result.reportedPercent = n.value;
      else if (!n.ok) this.issue('percent', n.code, 'warning', raw);
    }
    if (c.baseline !== undefined) {
      const raw = cell(cells, c.baseline);
      const n = parseViNumber(raw, this.locales.baseline);
      if (n.ok && n.value !== undefined) result.baseline = n.value;
      else if (!n.ok) this.issue('baseline', n.code, 'warning', raw);
    }
    if (c.estimate !== undefined) {
      const raw = cell(cells, c.estimate);
      const b = this.booleans.get(raw);
      if (b.ok && b.value !== undefined) result.isEstimate = b.value;
      else if (!b.ok) this.issue('estimate', 'badBoolean', 'warning', raw);
    }
    if (c.sample !== undefined) {
      const raw = cell(cells, c.sample);
      const b = this.booleans.get(raw);
      if (b.ok && b.value !== undefined) result.isSample = b.value;
      else if (!b.ok) this.issue('sample', 'badBoolean', 'warning', raw);
    }
    if (c.asOf !== undefined) {
      const raw = cell(cells, c.asOf);
      const d = parseDate(raw);
      if (d.ok && d.value !== undefined) result.asOf = d.value;
      else if (!d.ok) this.issue('asOf', 'badDate', 'warning', raw);
    }
    const source = this.sourceTexts.get(cell(cells, c.source));
    if (source !== '') result.sourceId = source;
    else if (this.ctx.sourceId !== undefined) result.sourceId = this.ctx.sourceId;
  }

  private optionalStatus(cells: string[]): Status | undefined {
    if (this.c.status === undefined) return undefined;
    const raw = cell(cells, this.c.status);
    const s = this.statuses.get(raw);
    if (s.ok) return s.value;
    this.issue('status', 'badEnum', 'warning', raw, 'Vượt, Đạt, Không đạt, Cơ bản đạt');
    return undefined;
  }

  private codeCell(cells: string[]): CodeCell {
    return this.codeCells.get(this.c.code === undefined ? '' : cell(cells, this.c.code));
  }

  private readCodeCell(raw: string): CodeCell {
    const text = normalizeText(raw);
    // A catalogue entry found by code is found so for the whole sheet (its codes never change).
    return { text, known: text === '' ? undefined : this.byCode.get(text.toLowerCase()) };
  }

  private readUnitCell(raw: string): UnitCell {
    const text = normalizeText(raw);
    const id = text === '' ? undefined : this.matchUnit(text);
    return { text, id, number: this.unitNumber(id) };
  }

  /** A small number per unit id, in order of appearance; 0 for a row without a unit. */
  private unitNumber(unitId: string | undefined): number {
    if (unitId === undefined) return 0;
    let unit = this.unitNumbers.get(unitId);
    if (unit === undefined) {
      unit = this.unitNumbers.size + 1;
      this.unitNumbers.set(unitId, unit);
    }
    return unit;
  }

  private matchIndicator(code: string, name: string): Indicator | undefined {
    if (code !== '') {
      const memo = this.codeMemo.get(code);
      if (memo) return memo;
      const lower = code.toLowerCase();
      const byCode = this.byCode.get(lower) ?? this.newCodes.get(lower);
      if (byCode) {
        if (this.codeMemo.size < MEMO_LIMIT) this.codeMemo.set(code, byCode);
        return byCode;
      }
    }
    let memo = this.indicatorMemo.get(name);
    if (memo === undefined) {
      const key = nameKey(name);
      memo = this.byName.get(key) ?? this.byName.get(key.replace(TRAILING_BRACKETS, '').trim()) ?? null;
      this.indicatorMemo.set(name, memo);
    }
    return memo ?? undefined;
  }

  private matchUnit(raw: string): string | undefined {
    let memo = this.unitMemo.get(raw);
    if (memo === undefined) {
      memo = findUnit(this.unitKeys, raw) ?? null;
      this.unitMemo.set(raw, memo);
    }
    return memo ?? undefined;
  }

  /** A catalogue entry for a name (or code) the catalogue lacks; one per distinct name in the sheet. */
  private provisional(
    code: string,
    name: string,
    cells: string[],
    plan: Plan | undefined,
    parent: StackEntry | undefined,
  ): Indicator {
    const key = code !== '' ? `code:${code.toLowerCase()}` : `name:${nameKey(name)}`;
    const existing = this.newByKey.get(key);
    if (existing) return existing;
    const unitText = normalizeText(cell(cells, this.c.unitOfMeasure));
    const indicator = this.newIndicator(code, name, unitText, plan);
    if (parent !== undefined) {
      const parentCode = parent.code ?? this.materialise(parent).code;
      indicator.parentCode = parentCode;
    }
    this.newByKey.set(key, indicator);
    this.issue('name', 'unknownIndicator', 'warning', name, undefined, indicator.code);
    return indicator;
  }

  /** A heading row (no figures, not in the catalogue) that a sub-row turned out to belong to: a composite parent. */
  private materialise(entry: StackEntry): Indicator {
    const key = `name:${nameKey(entry.name)}`;
    const existing = this.newByKey.get(key) ?? this.matchIndicator('', entry.name);
    if (existing) {
      entry.code = existing.code;
      return existing;
    }
    const indicator = this.newIndicator('', entry.name, '', undefined);
    indicator.targetKind = 'composite';
    indicator.direction = 'higher';
    entry.code = indicator.code;
    this.newByKey.set(key, indicator);
    this.out.issues.push({
      file: this.ctx.file,
      row: entry.row,
      column: this.column('name'),
      code: 'unknownIndicator',
      severity: 'warning',
      raw: entry.name,
      detail: indicator.code,
    });
    return indicator;
  }

  private hasCode(lower: string): boolean {
    return this.byCode.has(lower) || this.newCodes.has(lower);
  }

  private newIndicator(code: string, name: string, unitText: string, plan: Plan | undefined): Indicator {
    const base = code !== '' ? code : `moi-${slug(name)}`;
    let unique = base;
    for (let n = 2; this.hasCode(unique.toLowerCase()); n++) unique = `${base}-${n}`;
    const percent = unitText === '%' || foldWords(unitText) === 'diem %';
    const indicator: Indicator = {
      code: unique,
      name: { vi: name, en: name },
      aliases: [],
      group: this.group ?? '',
      unit: { vi: unitText, en: unitText },
      valueType: plan?.kind === 'boolean' ? 'boolean' : percent ? 'percent' : 'number',
      direction: 'higher',
      targetKind: targetKindOf(plan),
      decimals: percent ? 1 : 0,
      allowExceed: false,
      isSample: this.ctx.isSample ?? false,
    };
    this.newCodes.set(unique.toLowerCase(), indicator);
    this.out.newIndicators.push(indicator);
    return indicator;
  }

  private collectEvidence(
    code: string,
    plan: Plan | undefined,
    actual: number | undefined,
    reported: Status | undefined,
  ) {
    let e = this.evidence.get(code);
    if (!e) {
      e = { higher: 0, lower: 0, firstRow: this.row + 1 };
      this.evidence.set(code, e);
    }
    const stated = statedDirection(plan);
    if (stated === 'higher') e.higher++;
    else if (stated === 'lower') e.lower++;
    if (plan === undefined || actual === undefined || reported === undefined) return;
    const target = plan.kind === 'value' || plan.kind === 'approx' ? plan.value : undefined;
    if (target === undefined || actual === target) return;
    const above = actual > target;
    if (reported === 'exceeded') above ? e.higher++ : e.lower++;
    else if (reported === 'notMet' || reported === 'basicallyMet') above ? e.lower++ : e.higher++;
    if (reported === 'exceeded' && (plan.kind === 'min' || plan.kind === 'max')) {
      const indicator = this.out.newIndicators.find((i) => i.code === code);
      if (indicator) indicator.allowExceed = true;
    }
  }

  /** Directions of new indicators from their evidence; `directionUnknown` for value targets nobody explained. */
  private settleDirections(): void {
    for (const indicator of this.out.newIndicators) {
      if (indicator.targetKind === 'composite') continue;
      const e = this.evidence.get(indicator.code);
      const kind = indicator.targetKind;
      if (kind === 'boolean') indicator.direction = 'boolean';
      else if (e && e.higher !== e.lower) indicator.direction = e.higher > e.lower ? 'higher' : 'lower';
      else if (kind === 'band') indicator.direction = 'band';
      else {
        indicator.direction = 'higher';
        this.out.reviewIndicators.push(indicator.code);
        this.out.issues.push({
          file: this.ctx.file,
          row: e?.firstRow ?? 1,
          column: this.column('name'),
          code: 'directionUnknown',
          severity: 'warning',
          raw: indicator.name.vi,
          detail: indicator.code,
        });
      }
    }
  }

  /**
   * The number locale of each figure column (docs: vi-VN unless the cells say otherwise), from the first 2000 rows.
   * Each cell's evidence is read once and counted (the column's cells were read three times over).
   */
  private detectLocales(rows: string[][]): void {
    const c = this.c;
    const end = Math.min(rows.length, this.header.firstDataRow + EVIDENCE_ROWS);
    const votes: Partial<Record<(typeof NUMBER_COLUMNS)[number], { vi: number; en: number }>> = {};
    for (const key of NUMBER_COLUMNS) {
      const index = c[key];
      if (index === undefined) continue;
      let vi = 0;
      let en = 0;
      for (let r = this.header.firstDataRow; r < end; r++) {
        const value = rows[r]?.[index];
        const evidence = value ? numberEvidence(value) : undefined;
        if (evidence === 'vi') vi++;
        else if (evidence === 'en') en++;
      }
      votes[key] = { vi, en };
    }
    // A column with no telling cell follows the columns that decided one way (a mixed column does not vote).
    let vi = 0;
    let en = 0;
    for (const key of NUMBER_COLUMNS) {
      const column = votes[key];
      if (column === undefined || localeOfVotes(column.vi, column.en) === 'ambiguous') continue;
      vi += column.vi;
      en += column.en;
    }
    const pooled = localeOfVotes(vi, en);
    for (const key of NUMBER_COLUMNS) {
      const column = votes[key];
      this.locales[key] = column === undefined ? pooled : localeOfVotes(column.vi, column.en, pooled);
    }
  }

  private column(key: ResultColumn): DataIssue['column'] {
    const index = this.c[key];
    return index === undefined ? undefined : headerColumn(this.header, index);
  }

  private issue(
    key: ResultColumn,
    code: IssueCode,
    severity: Severity,
    raw: string,
    expected?: string,
    detail?: string,
  ) {
    const issue: DataIssue = { file: this.ctx.file, row: this.row + 1, code, severity, raw };
    const column = this.column(key);
    if (column) issue.column = column;
    if (expected !== undefined) issue.expected = expected;
    if (detail !== undefined) issue.detail = detail;
    this.out.issues.push(issue);
  }
}

const TRAILING_BRACKETS = /\s*\([^)]*\)\s*$/;
const SLUG = /[^a-z0-9]+/g;

/** A name cell: normalised, its “Trong đó:” opening and its marker (`1.2.`, `a)`, `-`) split off. */
function readNameInfo(raw: string): NameInfo {
  const normalized = normalizeText(raw);
  const after = afterTrongDo(normalized);
  const split = splitNameMarker(after ?? normalized);
  // Every field present, so that every name has one shape (docs/decisions.md, “Shapes kept alive”).
  return { normalized, afterTrongDo: after, marker: split.marker, name: split.name };
}

function slug(name: string): string {
  return foldWords(name).replace(SLUG, '-').replace(/^-|-$/g, '').slice(0, 48) || 'chi-tieu';
}

function cell(cells: string[], index: number | undefined): string {
  return index === undefined ? '' : (cells[index] ?? '');
}

function firstFilled(cells: string[]): string | undefined {
  // `?? ""`: a sparse row (holes from a hand-built array) must not throw.
  for (const value of cells) if ((value ?? '').trim() !== '') return value;
  return undefined;
}

function statedDirection(plan: Plan | undefined): Direction | undefined {
  if (!plan) return undefined;
  if (plan.kind === 'min') return 'higher';
  if (plan.kind === 'max') return 'lower';
  if (plan.kind === 'vsBaseline') return plan.change === 'decrease' ? 'lower' : 'higher';
  return undefined;
}

function targetKindOf(plan: Plan | undefined): TargetKind {
  if (!plan) return 'value';
  if (plan.kind === 'approx') return 'band';
  return plan.kind;
}
