import type { Dataset, Indicator, IndicatorResult } from '../model';

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

/** The key a result is replaced by: the same indicator, year and unit (undefined unit = the organisation). */
export function resultKey(result: Pick<IndicatorResult, 'indicatorCode' | 'year' | 'unitId'>): string {
  return `${result.indicatorCode}\u0000${result.year}\u0000${result.unitId ?? ''}`;
}

/**
 * The published dataset with local imports laid over it, in the order given (a later import wins): an imported
 * result replaces the published one of the same indicator, year and unit, others are added; indicators the
 * catalogue does not know are appended once. The published dataset is not changed. With no imports it is
 * returned as is.
 */
export function mergeImports(published: Dataset, imports: readonly LocalImport[]): Dataset {
  if (imports.length === 0) return published;
  const byKey = new Map<string, IndicatorResult>();
  for (const result of published.results) {
    const key = resultKey(result);
    if (!byKey.has(key)) byKey.set(key, result);
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
      const key = resultKey(result);
      byKey.delete(key); // re-inserted last: imported rows follow the published ones
      byKey.set(key, result);
    }
  }
  return { ...published, indicators, results: [...byKey.values()] };
}
