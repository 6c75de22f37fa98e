import type { EvaluatedIndicator } from './evaluate-indicator';
import type { Status } from './model';
import { countByStatus } from './status/count-by-status';

export interface YearSummary {
  /** Top-level indicators, as a report counts them (sub-measures are not counted). */
  total: number;
  counts: Record<Status, number>;
  /** Top-level indicators whose reported and computed statuses differ. */
  mismatches: number;
}

/**
 * Counts the statuses of top-level evaluated indicators. `basis` 'status' (default) counts what is shown, the
 * reported label where printed; 'computed' counts what the rules give, to check a report against its figures.
 */
export function summariseYear(
  evaluated: readonly EvaluatedIndicator[],
  basis: 'status' | 'computed' = 'status',
): YearSummary {
  return {
    total: evaluated.length,
    counts: countByStatus(
      evaluated.map((e) => (basis === 'status' ? e.evaluation.status : e.evaluation.computedStatus)),
    ),
    mismatches: evaluated.filter((e) => e.evaluation.mismatch).length,
  };
}
