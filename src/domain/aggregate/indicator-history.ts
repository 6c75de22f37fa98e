import { evaluateIndicator } from '../evaluate-indicator';
import type { Dataset, Plan, Status } from '../model';
import { indexResults } from '../result-index';
import { planValue } from '../status/plan-value';
import { yearsOf } from '../years-of';

export interface IndicatorYear {
  year: number;
  plan?: Plan;
  /** One number for the plan (see planValue); undefined for boolean, vsBaseline and missing plans. */
  planValue?: number;
  actual?: number;
  /** The shown status (reported wins). */
  status: Status;
  isEstimate: boolean;
}

/**
 * One indicator's plan, actual and status in every year that has its row for `unitId` (undefined = the
 * organisation), ascending. Works for sub-measures too. [] for an unknown code or an indicator without rows.
 */
export function indicatorHistory(dataset: Dataset, indicatorCode: string, unitId?: string): IndicatorYear[] {
  const indicator = dataset.indicators.find((i) => i.code === indicatorCode);
  if (indicator === undefined) return [];
  const index = indexResults(dataset);
  return yearsOf(dataset).flatMap((year) => {
    const result = index.find(indicatorCode, year, unitId);
    if (result === undefined) return [];
    const { evaluation } = evaluateIndicator(index, dataset.rules, indicator, year, unitId);
    return [
      {
        year,
        plan: result.plan,
        planValue: planValue(result.plan),
        actual: result.actual.value,
        status: evaluation.status,
        isEstimate: result.isEstimate,
      },
    ];
  });
}
