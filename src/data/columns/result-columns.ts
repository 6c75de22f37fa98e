import type { Actual, IndicatorResult, Plan, Status } from '../../domain/model';
import { plainResult } from '../sheet/plain-result';

/** `planKind` codes: the index of the kind here (0 = no plan). */
export const PLAN_KINDS = ['none', 'value', 'min', 'max', 'band', 'approx', 'boolean', 'vsBaseline'] as const;
/** `reported` codes: the index of the status here (0 = none printed). */
export const STATUS_CODES = ['none', 'exceeded', 'met', 'basicallyMet', 'notMet', 'noData'] as const;

/**
 * Results as typed columns, for large files (one typed array per field, strings in dictionaries); row i of every
 * array is result i. Missing numbers are NaN, never 0; missing dictionary entries are −1.
 * - `indicator`: index into `dictionaries.indicators`; `unit`: into `dictionaries.units`, −1 = the organisation.
 * - `planKind`: index into `PLAN_KINDS`; `planA`: value, min bound or approx value; `planB`: band max, or for
 *   vsBaseline +1 (increase) / −1 (decrease); both NaN when unused.
 * - `actual`: the number or NaN; `done`: 1 done, 0 not done, −1 not stated.
 * - `reported`: index into `STATUS_CODES`; `flags`: bit 0 isEstimate, bit 1 isSample.
 * - `unitText`, `sourceId`, `asOf`: indexes into `dictionaries.texts`, −1 = absent.
 */
export interface ResultColumns {
  length: number;
  indicator: Uint32Array;
  unit: Int32Array;
  year: Uint16Array;
  planKind: Uint8Array;
  planA: Float64Array;
  planB: Float64Array;
  actual: Float64Array;
  done: Int8Array;
  reported: Uint8Array;
  reportedPercent: Float64Array;
  baseline: Float64Array;
  flags: Uint8Array;
  unitText: Int32Array;
  sourceId: Int32Array;
  asOf: Int32Array;
  planText: string[];
  actualText: string[];
  dictionaries: { indicators: string[]; units: string[]; texts: string[] };
}

/** Builds the columns from results; `rowAt(columns, i)` gives back a result equal to `results[i]`. */
export function toResultColumns(results: readonly IndicatorResult[]): ResultColumns {
  const n = results.length;
  const cols: ResultColumns = {
    length: n,
    indicator: new Uint32Array(n),
    unit: new Int32Array(n),
    year: new Uint16Array(n),
    planKind: new Uint8Array(n),
    planA: new Float64Array(n).fill(Number.NaN),
    planB: new Float64Array(n).fill(Number.NaN),
    actual: new Float64Array(n).fill(Number.NaN),
    done: new Int8Array(n).fill(-1),
    reported: new Uint8Array(n),
    reportedPercent: new Float64Array(n).fill(Number.NaN),
    baseline: new Float64Array(n).fill(Number.NaN),
    flags: new Uint8Array(n),
    unitText: new Int32Array(n).fill(-1),
    sourceId: new Int32Array(n).fill(-1),
    asOf: new Int32Array(n).fill(-1),
    planText: new Array<string>(n),
    actualText: new Array<string>(n),
    dictionaries: { indicators: [], units: [], texts: [] },
  };
  const indicators = dictionary(cols.dictionaries.indicators);
  const units = dictionary(cols.dictionaries.units);
  const texts = dictionary(cols.dictionaries.texts);
  for (let i = 0; i < n; i++) {
    const r = results[i];
    if (!r) continue;
    cols.indicator[i] = indicators(r.indicatorCode);
    cols.unit[i] = r.unitId === undefined ? -1 : units(r.unitId);
    cols.year[i] = r.year;
    writePlan(cols, i, r.plan);
    if (r.actual.value !== undefined) cols.actual[i] = r.actual.value;
    if (r.actual.done !== undefined) cols.done[i] = r.actual.done ? 1 : 0;
    cols.reported[i] = r.reportedStatus === undefined ? 0 : STATUS_CODES.indexOf(r.reportedStatus);
    if (r.reportedPercent !== undefined) cols.reportedPercent[i] = r.reportedPercent;
    if (r.baseline !== undefined) cols.baseline[i] = r.baseline;
    cols.flags[i] = (r.isEstimate ? 1 : 0) | (r.isSample ? 2 : 0);
    if (r.unitText !== undefined) cols.unitText[i] = texts(r.unitText);
    if (r.sourceId !== undefined) cols.sourceId[i] = texts(r.sourceId);
    if (r.asOf !== undefined) cols.asOf[i] = texts(r.asOf);
    cols.planText[i] = r.planText;
    cols.actualText[i] = r.actual.text;
  }
  return cols;
}

/**
 * Result `i` as an object, equal to the one the columns were built from: made as the parser makes one
 * (`plainResult`, every field present), so that the rebuilt results have its one shape (docs/decisions.md, “A result
 * is one literal”).
 */
export function rowAt(cols: ResultColumns, i: number): IndicatorResult {
  const { dictionaries: d } = cols;
  const flags = cols.flags[i] ?? 0;
  const unit = cols.unit[i] ?? -1;
  const reported = STATUS_CODES[cols.reported[i] ?? 0];
  const result = plainResult(
    d.indicators[cols.indicator[i] ?? 0] ?? '',
    cols.year[i] ?? 0,
    unit >= 0 ? (d.units[unit] ?? '') : undefined,
    readPlan(cols, i),
    cols.planText[i] ?? '',
    readActual(cols, i),
    (flags & 1) === 1,
    reported !== undefined && reported !== 'none' ? (reported as Status) : undefined,
    (flags & 2) === 2,
  );
  const percent = cols.reportedPercent[i] ?? Number.NaN;
  if (!Number.isNaN(percent)) result.reportedPercent = percent;
  const baseline = cols.baseline[i] ?? Number.NaN;
  if (!Number.isNaN(baseline)) result.baseline = baseline;
  result.unitText = textAt(d.texts, cols.unitText[i]);
  result.sourceId = textAt(d.texts, cols.sourceId[i]);
  result.asOf = textAt(d.texts, cols.asOf[i]);
  return result;
}

/** The actual of result `i`, with the fields the parser's actual has (`plainActual`: value and text). */
function readActual(cols: ResultColumns, i: number): Actual {
  const text = cols.actualText[i] ?? '';
  const value = cols.actual[i] ?? Number.NaN;
  const done = cols.done[i] ?? -1;
  if (done >= 0) return Number.isNaN(value) ? { done: done === 1, text } : { value, done: done === 1, text };
  return Number.isNaN(value) ? { text } : { value, text };
}

function textAt(texts: readonly string[], index: number | undefined): string | undefined {
  return index === undefined || index < 0 ? undefined : texts[index];
}

function dictionary(values: string[]): (value: string) => number {
  const index = new Map<string, number>();
  return (value) => {
    let i = index.get(value);
    if (i === undefined) {
      i = values.length;
      values.push(value);
      index.set(value, i);
    }
    return i;
  };
}

function writePlan(cols: ResultColumns, i: number, plan: Plan | undefined): void {
  if (!plan) return;
  cols.planKind[i] = PLAN_KINDS.indexOf(plan.kind);
  switch (plan.kind) {
    case 'value':
    case 'min':
    case 'max':
    case 'approx':
      cols.planA[i] = plan.value;
      break;
    case 'band':
      cols.planA[i] = plan.min;
      cols.planB[i] = plan.max;
      break;
    case 'vsBaseline':
      cols.planB[i] = plan.change === 'increase' ? 1 : -1;
      break;
    case 'boolean':
      break;
  }
}

function readPlan(cols: ResultColumns, i: number): Plan | undefined {
  const kind = PLAN_KINDS[cols.planKind[i] ?? 0];
  const a = cols.planA[i] ?? Number.NaN;
  const b = cols.planB[i] ?? Number.NaN;
  switch (kind) {
    case 'value':
    case 'min':
    case 'max':
    case 'approx':
      return { kind, value: a };
    case 'band':
      return { kind, min: a, max: b };
    case 'vsBaseline':
      return { kind, change: b > 0 ? 'increase' : 'decrease' };
    case 'boolean':
      return { kind };
    default:
      return undefined;
  }
}

/** The buffers of the columns, to transfer rather than copy when posting them to or from a worker. */
export function transferablesOf(columns: ResultColumns): ArrayBuffer[] {
  const arrays = [
    columns.indicator,
    columns.unit,
    columns.year,
    columns.planKind,
    columns.planA,
    columns.planB,
    columns.actual,
    columns.done,
    columns.reported,
    columns.reportedPercent,
    columns.baseline,
    columns.flags,
    columns.unitText,
    columns.sourceId,
    columns.asOf,
  ];
  return arrays.map((array) => array.buffer as ArrayBuffer);
}
