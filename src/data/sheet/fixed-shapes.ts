import type { ResultsContext } from '../parse-results';
import type { ResultColumn } from './result-column';

/*
 * Objects of one shape (V8 hidden class) for every sheet, for the results reader (parse-results.ts). V8 builds a hot
 * function's optimised code for the shapes of the objects it saw and holds those shapes weakly: objects whose shape
 * depended on the sheet died with it, and the reader's code was thrown away at the next full collection
 * (docs/decisions.md, “Shapes kept alive”; test/unit/parser-shapes-kept.test.ts).
 */

/**
 * The context with every field present, in one order: callers build theirs with spreads and optional fields, each
 * of a shape of its own (docs/decisions.md, “Shapes kept alive”).
 */
export interface ReaderContext extends Pick<ResultsContext, 'file' | 'indicators' | 'units' | 'groups'> {
  isSample: boolean | undefined;
  sourceId: string | undefined;
  onProgress: ResultsContext['onProgress'];
  signal: AbortSignal | undefined;
}

export function readerContext(ctx: ResultsContext): ReaderContext {
  return {
    file: ctx.file,
    indicators: ctx.indicators,
    units: ctx.units,
    groups: ctx.groups,
    isSample: ctx.isSample,
    sourceId: ctx.sourceId,
    onProgress: ctx.onProgress,
    signal: ctx.signal,
  };
}

/** Every column a sheet may have, present or not, always in this order: see `columnIndex`. */
export type ColumnIndex = Record<ResultColumn, number | undefined>;

/**
 * The header's columns as an object of one shape for every sheet: the header's own object has only the columns
 * that sheet has, in the order they were found, so its shape (V8 hidden class) differs from sheet to sheet and
 * dies with the sheet, and the reader's optimised code, built for it, is thrown away with it (docs/decisions.md,
 * “Shapes kept alive”).
 */
export function columnIndex(c: Partial<Record<ResultColumn, number>>): ColumnIndex {
  return {
    rowNumber: c.rowNumber,
    code: c.code,
    name: c.name,
    unitOfMeasure: c.unitOfMeasure,
    unit: c.unit,
    year: c.year,
    plan: c.plan,
    actual: c.actual,
    percent: c.percent,
    status: c.status,
    estimate: c.estimate,
    asOf: c.asOf,
    baseline: c.baseline,
    source: c.source,
    sample: c.sample,
    notes: c.notes,
  };
}
