import { evaluateYearWith } from '../evaluate-year';
import type { Dataset, Status } from '../model';
import { indexResults } from '../result-index';
import { summariseYear } from '../summarise-year';

/** One unit's year: how many top-level indicators it has a row for, and their shown statuses. */
export interface UnitYearSummary {
  total: number;
  counts: Record<Status, number>;
}

/** The units with top-level rows in a year, by id (the organisation's own rows are not a unit's). */
export type UnitSummaries = ReadonlyMap<string, UnitYearSummary>;

/**
 * Evaluates every unit's year, one unit per step, yielding how many units are done. What the unit and cluster
 * rankings are computed from. In steps because a province has thousands of units and 100,000 rows: evaluated in
 * one go that held the dashboard's main thread for 0.4–0.8 s at 4× CPU slowdown, and a caller can now spread
 * the steps over several tasks (src/ui/use-stepwise.ts). `unitSummaries` runs them to the end.
 */
export function* unitSummarySteps(dataset: Dataset, year: number): Generator<number, UnitSummaries, void> {
  const index = indexResults(dataset);
  const summaries = new Map<string, UnitYearSummary>();
  for (const unitId of index.unitIds(year)) {
    const { total, counts } = summariseYear(evaluateYearWith(index, dataset, year, unitId));
    if (total > 0) summaries.set(unitId, { total, counts });
    yield summaries.size;
  }
  return summaries;
}

/** The summaries of unitSummarySteps, computed in one go. */
export function unitSummaries(dataset: Dataset, year: number): UnitSummaries {
  const steps = unitSummarySteps(dataset, year);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
