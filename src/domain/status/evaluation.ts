import type { Status } from '../model';

/** Which rule produced a status. `noPlan` / `noActual`: the status is `noData` because that figure is missing. */
export type RuleCode =
  | 'higherValue'
  | 'lowerValue'
  | 'min'
  | 'max'
  | 'band'
  | 'approx'
  | 'boolean'
  | 'vsBaseline'
  | 'composite'
  | 'noPlan'
  | 'noActual';

/** One indicator's status for one year and unit, with the figures behind it. Missing figures are undefined, never 0. */
export interface Evaluation {
  /** What the rule gives. */
  computedStatus: Status;
  /** As printed in the sheet; never overwritten. */
  reportedStatus?: Status;
  /** What to show: reportedStatus ?? computedStatus (the official label wins). */
  status: Status;
  /** Reported and computed are both known (defined, not noData) and differ. */
  mismatch: boolean;
  rule: RuleCode;
  /** actual/plan (higher is better) or plan/actual (lower is better); undefined where a ratio means nothing. */
  performance?: number;
  /** actual/plan·100 for single-number plans, for display. */
  percentOfPlan?: number;
  /** Percent indicators: actual − plan (or baseline) in percentage points, positive = better. */
  deltaPoints?: number;
  /** The ε used (a fraction of plan). */
  tolerance: number;
}
