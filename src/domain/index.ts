// The public API of the domain layer: pure functions over the model, no React, DOM or parsing.

export { betterDirection } from './aggregate/better-direction';
export type { GroupCounts } from './aggregate/counts-by-group';
export { countsByGroup } from './aggregate/counts-by-group';
export type { IndicatorYear } from './aggregate/indicator-history';
export { indicatorHistory } from './aggregate/indicator-history';
export type { YearStatusCounts } from './aggregate/status-counts-by-year';
export { statusCountsByYear } from './aggregate/status-counts-by-year';
export type { YearOverYear } from './aggregate/year-over-year';
export { yearOverYear } from './aggregate/year-over-year';
export type { AwardCount, AwardCountBy } from './awards/award-counts';
export { awardCounts, UNASSIGNED } from './awards/award-counts';
export { awardTotalsByTitle } from './awards/award-totals-by-title';
export type { ChartModel } from './chart-model';
export { toChartModel } from './chart-model';
export { paginate } from './deck/paginate';
export type { Deck, DeckOptions, DeckSlide, DeckSlideContent, SlideBasis } from './deck/plan-deck';
export { planDeck } from './deck/plan-deck';
export type { EvaluatedIndicator } from './evaluate-year';
export { evaluateYear } from './evaluate-year';
export type { ResultChange, ResultsDiff } from './imports/diff-results';
export { diffResults } from './imports/diff-results';
export type { LocalImport } from './imports/merge-imports';
export { mergeImports } from './imports/merge-imports';
export type { StatusMismatch } from './imports/status-mismatches';
export { statusMismatches } from './imports/status-mismatches';
export type * from './model';
export type { ClusterRank } from './rank/rank-clusters';
export { rankClusters } from './rank/rank-clusters';
export type { UnitRank } from './rank/rank-units';
export { rankUnits } from './rank/rank-units';
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
export type { IndicatorFilter } from './table/filter-indicator-rows';
export { matchesIndicatorFilter } from './table/filter-indicator-rows';
export type { IndicatorRow, TrendPoint } from './table/indicator-rows';
export { indicatorRows } from './table/indicator-rows';
export { trendDirection } from './table/trend-direction';
export type { UnitValue } from './table/unit-values';
export { unitValues } from './table/unit-values';
export { compareVietnamese } from './text/compare-vietnamese';
export { foldVietnamese } from './text/fold-vietnamese';
export { matchesSearch } from './text/matches-search';
export { clusterMembership, clustersOf } from './units/clusters-of';
export type { ResolveUnitOptions } from './units/resolve-unit';
export { resolveUnit } from './units/resolve-unit';
export { successorsOf } from './units/successors-of';
export { isUnitValidAt, unitsAt } from './units/units-at';
export { yearsOf } from './years-of';
