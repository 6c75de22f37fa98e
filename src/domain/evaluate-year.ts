import { type EvaluatedIndicator, evaluateIndicator } from './evaluate-indicator';
import type { Dataset } from './model';
import { indexResults, type ResultIndex } from './result-index';

export type { EvaluatedIndicator } from './evaluate-indicator';

/**
 * The top-level indicators (no parentCode) that have a result row in `year` for `unitId`, evaluated, in group
 * order then catalogue order. `unitId` undefined means the organisation's own rows (result.unitId undefined).
 * Composite parents carry their evaluated sub-measures. [] when there is no such row.
 */
export function evaluateYear(dataset: Dataset, year: number, unitId?: string): EvaluatedIndicator[] {
  return evaluateYearWith(indexResults(dataset), dataset, year, unitId);
}

/** evaluateYear with an index built once, for callers that evaluate many units. Not in the public API. */
export function evaluateYearWith(
  index: ResultIndex,
  dataset: Dataset,
  year: number,
  unitId: string | undefined,
): EvaluatedIndicator[] {
  return dataset.indicators
    .filter((indicator) => indicator.parentCode === undefined && index.find(indicator.code, year, unitId))
    .sort(index.compareIndicators)
    .map((indicator) => evaluateIndicator(index, dataset.rules, indicator, year, unitId));
}
