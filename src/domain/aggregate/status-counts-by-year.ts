import { evaluateYear } from '../evaluate-year';
import type { Dataset, Status } from '../model';
import { summariseYear } from '../summarise-year';
import { yearsOf } from '../years-of';

export interface YearStatusCounts {
  year: number;
  total: number;
  counts: Record<Status, number>;
}

/**
 * Shown-status counts of top-level indicators for every year that has rows for `unitId` (undefined = the
 * organisation's own rows), ascending. Years without such rows are left out, not given zero counts.
 */
export function statusCountsByYear(dataset: Dataset, unitId?: string): YearStatusCounts[] {
  return yearsOf(dataset)
    .map((year) => {
      const { total, counts } = summariseYear(evaluateYear(dataset, year, unitId));
      return { year, total, counts };
    })
    .filter((row) => row.total > 0);
}
