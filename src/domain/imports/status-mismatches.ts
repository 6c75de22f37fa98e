import { evaluateIndicator } from '../evaluate-indicator';
import type { Dataset, IndicatorResult, Status } from '../model';
import { indexResults } from '../result-index';

/** A result whose printed status is not what the rules give for its figures. */
export interface StatusMismatch {
  indicatorCode: string;
  year: number;
  unitId?: string;
  reported: Status;
  computed: Status;
}

/**
 * The `results` (rows of `dataset`) whose printed status (“Đánh giá”) differs from the status the rules compute
 * for them within `dataset` (its rules, catalogue, and last year's actuals for vsBaseline targets). Rows without a
 * printed status or an indicator in the catalogue are skipped. `count` counts all, `list` keeps the first `limit`.
 */
export function statusMismatches(
  dataset: Dataset,
  results: readonly IndicatorResult[],
  limit = 50,
): { count: number; list: StatusMismatch[] } {
  const index = indexResults(dataset);
  const indicators = new Map(dataset.indicators.map((i) => [i.code, i]));
  const out: { count: number; list: StatusMismatch[] } = { count: 0, list: [] };
  for (const result of results) {
    const indicator = indicators.get(result.indicatorCode);
    if (result.reportedStatus === undefined || !indicator) continue;
    const { evaluation } = evaluateIndicator(index, dataset.rules, indicator, result.year, result.unitId);
    if (!evaluation.mismatch) continue;
    out.count += 1;
    if (out.list.length >= limit) continue;
    const mismatch: StatusMismatch = {
      indicatorCode: result.indicatorCode,
      year: result.year,
      reported: result.reportedStatus,
      computed: evaluation.computedStatus,
    };
    if (result.unitId !== undefined) mismatch.unitId = result.unitId;
    out.list.push(mismatch);
  }
  return out;
}
