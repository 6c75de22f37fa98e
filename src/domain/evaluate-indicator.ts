import type { Indicator, IndicatorResult, StatusRules } from './model';
import type { ResultIndex } from './result-index';
import { evaluate } from './status/evaluate';
import type { Evaluation } from './status/evaluation';

/** An indicator with its result row for one year and unit, its evaluation and its evaluated sub-measures. */
export interface EvaluatedIndicator {
  indicator: Indicator;
  /** The row as loaded, except that a missing vsBaseline baseline is filled from last year's actual. */
  result?: IndicatorResult;
  evaluation: Evaluation;
  /** Sub-measures that have a result row that year, in catalogue order; [] for plain indicators. */
  children: EvaluatedIndicator[];
}

/**
 * Evaluates one indicator for one year and unit: its sub-measures first (those with a row that year),
 * then itself. A vsBaseline row without a baseline takes the actual of year − 1, same indicator and unit, if any.
 * A catalogue that loops through parentCode stops at the repeat instead of recursing forever.
 */
export function evaluateIndicator(
  index: ResultIndex,
  rules: StatusRules,
  indicator: Indicator,
  year: number,
  unitId: string | undefined,
  ancestors: ReadonlySet<string> = new Set(),
): EvaluatedIndicator {
  const lineage = new Set(ancestors).add(indicator.code);
  const children = index
    .childrenOf(indicator.code)
    .filter((child) => !lineage.has(child.code) && index.find(child.code, year, unitId) !== undefined)
    .map((child) => evaluateIndicator(index, rules, child, year, unitId, lineage));
  const result = withBaseline(index, index.find(indicator.code, year, unitId));
  const evaluation = evaluate({ indicator, result, rules, children: children.map((c) => c.evaluation) });
  return { indicator, result, evaluation, children };
}

function withBaseline(index: ResultIndex, result: IndicatorResult | undefined): IndicatorResult | undefined {
  if (result?.plan?.kind !== 'vsBaseline' || result.baseline !== undefined) return result;
  const previous = index.find(result.indicatorCode, result.year - 1, result.unitId)?.actual.value;
  return previous === undefined ? result : { ...result, baseline: previous };
}
