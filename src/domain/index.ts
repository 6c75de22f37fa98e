// The public API of the domain layer: pure functions over the model, no React, DOM or parsing.
export type { ChartModel } from './chart-model';
export { toChartModel } from './chart-model';
export type { EvaluatedIndicator } from './evaluate-year';
export { evaluateYear } from './evaluate-year';
export type * from './model';
export type {
  AwardCountReconciliation,
  Reconciliation,
  StatusTally,
  SummaryReconciliation,
} from './reconcile';
export { reconcile } from './reconcile';
export { bandStatus } from './status/band-status';
export { compositeStatus } from './status/composite-status';
export { countByStatus, STATUS_ORDER } from './status/count-by-status';
export type { EvaluateInput } from './status/evaluate';
export { evaluate } from './status/evaluate';
export type { Evaluation, RuleCode } from './status/evaluation';
export { isPassing } from './status/is-passing';
export type { RatioOutcome } from './status/performance-ratio';
export { performanceRatio } from './status/performance-ratio';
export { planValue } from './status/plan-value';
export { ratioStatus } from './status/ratio-status';
export { vsBaselineStatus } from './status/vs-baseline-status';
export type { YearSummary } from './summarise-year';
export { summariseYear } from './summarise-year';
export { compareVietnamese } from './text/compare-vietnamese';
export { foldVietnamese } from './text/fold-vietnamese';
export { matchesSearch } from './text/matches-search';
export { yearsOf } from './years-of';
