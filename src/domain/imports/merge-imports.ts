import type { Dataset, Indicator, IndicatorResult } from '../model';
import { ResultKeyMap } from './result-key-map';

/**
 * A results file a user applied on this machine only (kept in the browser, never published).
 * `results` are the file's good rows; `newIndicators` the provisional catalogue entries the file needed.
 */
export interface LocalImport {
  id: string;
  fileName: string;
  /** ISO date-time the file was applied. */
  importedAt: string;
  /** The sheet's year, when the file states one; rows of a year column may differ. */
  year?: number;
  results: IndicatorResult[];
  newIndicators: Indicator[];
}

/**
 * The published dataset with local imports laid over it, in the order given (a later import wins): an imported
 * result replaces the published one of the same indicator, year and unit, others are added; indicators the
 * catalogue does not know are appended once. The published dataset is not changed. With no imports it is
 * returned as is.
 */
export function mergeImports(published: Dataset, imports: readonly LocalImport[]): Dataset {
  if (imports.length === 0) return published;
  // Each kept result's place in `merged`; a replaced one leaves a hole there, filtered out at the end.
  const placeOf = new ResultKeyMap<number>();
  const merged: (IndicatorResult | undefined)[] = [];
  for (const result of published.results) {
    if (placeOf.has(result)) continue; // a repeated published row: the first one counts
    placeOf.set(result, merged.length);
    merged.push(result);
  }
  const indicators = [...published.indicators];
  const known = new Set(indicators.map((indicator) => indicator.code));
  for (const local of imports) {
    for (const indicator of local.newIndicators) {
      if (known.has(indicator.code)) continue;
      known.add(indicator.code);
      indicators.push(indicator);
    }
    for (const result of local.results) {
      const place = placeOf.get(result);
      if (place !== undefined) merged[place] = undefined; // placed last: imported rows follow the published ones
      placeOf.set(result, merged.length);
      merged.push(result);
    }
  }
  return { ...published, indicators, results: merged.filter((r): r is IndicatorResult => r !== undefined) };
}
