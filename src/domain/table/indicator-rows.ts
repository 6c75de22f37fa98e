import { yearOverYear } from '../aggregate/year-over-year';
import { type EvaluatedIndicator, evaluateYear } from '../evaluate-year';
import type { Dataset, Plan, Status, Text2, ValueType } from '../model';
import { indexResults } from '../result-index';
import type { RuleCode } from '../status/evaluation';
import { planValue } from '../status/plan-value';

/** One year of an indicator's trend: its actual (undefined when the row has none). */
export interface TrendPoint {
  year: number;
  actual?: number;
}

/** One top-level indicator of a year as the dashboard's table shows it. Missing figures are undefined. */
export interface IndicatorRow {
  code: string;
  name: Text2;
  groupCode: string;
  /** The group's order (Infinity for a group the dataset does not list). */
  groupOrder: number;
  /** Position in group then catalogue order: the table's default order. */
  order: number;
  unit: Text2;
  valueType: ValueType;
  decimals: number;
  plan?: Plan;
  planText: string;
  /** One number standing for the plan (see planValue). */
  planValue?: number;
  actual?: number;
  /** Done / not done, for boolean indicators (“hoàn thành”). */
  done?: boolean;
  actualText: string;
  percentOfPlan?: number;
  deltaPoints?: number;
  status: Status;
  computedStatus: Status;
  reportedStatus?: Status;
  mismatch: boolean;
  rule: RuleCode;
  isSample: boolean;
  isEstimate: boolean;
  asOf?: string;
  sourceId?: string;
  /** Actuals in every year up to `year` that the indicator has a row for the same unit, ascending. */
  trend: TrendPoint[];
  /** The unit of measure or the kind of plan differs from the previous year's row. */
  definitionChanged: boolean;
}

/**
 * The rows of the indicator table for `year` and `unitId` (undefined = the organisation): the top-level
 * indicators evaluateYear gives, in group then catalogue order, each with its trend across the years and the
 * year-over-year definition check. [] when the year has no rows for that unit.
 */
export function indicatorRows(dataset: Dataset, year: number, unitId?: string): IndicatorRow[] {
  const groupOrder = new Map(dataset.groups.map((g) => [g.code, g.order]));
  const trends = trendsOf(dataset, unitId);
  const changed = new Map(
    yearOverYear(dataset, year, unitId).map((y) => [y.indicatorCode, y.definitionChanged]),
  );
  return evaluateYear(dataset, year, unitId).map((e, order) =>
    toIndicatorRow(e, {
      order,
      groupOrder: groupOrder.get(e.indicator.group) ?? Number.POSITIVE_INFINITY,
      trend: (trends.get(e.indicator.code) ?? []).filter((p) => p.year <= year),
      definitionChanged: changed.get(e.indicator.code) ?? false,
    }),
  );
}

/** An evaluated indicator as a table row; the extras are what the row cannot know alone. Not in the public API. */
export function toIndicatorRow(
  { indicator, result, evaluation }: EvaluatedIndicator,
  extras: Pick<IndicatorRow, 'order' | 'groupOrder' | 'trend' | 'definitionChanged'>,
): IndicatorRow {
  return {
    code: indicator.code,
    name: indicator.name,
    groupCode: indicator.group,
    groupOrder: extras.groupOrder,
    order: extras.order,
    unit: indicator.unit,
    valueType: indicator.valueType,
    decimals: indicator.decimals,
    plan: result?.plan,
    planText: result?.planText ?? '',
    planValue: planValue(result?.plan),
    actual: result?.actual.value,
    done: result?.actual.done,
    actualText: result?.actual.text ?? '',
    percentOfPlan: evaluation.percentOfPlan,
    deltaPoints: evaluation.deltaPoints,
    status: evaluation.status,
    computedStatus: evaluation.computedStatus,
    reportedStatus: evaluation.reportedStatus,
    mismatch: evaluation.mismatch,
    rule: evaluation.rule,
    isSample: (result?.isSample ?? false) || indicator.isSample,
    isEstimate: result?.isEstimate ?? false,
    asOf: result?.asOf,
    sourceId: result?.sourceId ?? indicator.sourceId,
    trend: extras.trend,
    definitionChanged: extras.definitionChanged,
  };
}

/** Every indicator's actuals for `unitId`, one per year (the first row wins, as elsewhere), years ascending. */
function trendsOf(dataset: Dataset, unitId: string | undefined): Map<string, TrendPoint[]> {
  const index = indexResults(dataset);
  const byCode = new Map<string, TrendPoint[]>();
  for (const year of index.years())
    for (const [code, r] of index.rowsOf(year, unitId)) {
      const points = byCode.get(code) ?? [];
      points.push({ year, actual: r.actual.value });
      byCode.set(code, points);
    }
  return byCode;
}
