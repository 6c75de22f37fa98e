import type { Dataset, Indicator, IndicatorResult } from '../model';
import { indexResults } from '../result-index';
import { foldVietnamese } from '../text/fold-vietnamese';
import { betterDirection } from './better-direction';

export interface YearOverYear {
  indicatorCode: string;
  previousActual?: number;
  actual?: number;
  /** undefined unless both actuals are numbers. */
  delta?: number;
  /** points: percent indicators, actual − previous; percent: relative change ×100; absolute: previous was 0. */
  deltaKind: 'points' | 'percent' | 'absolute';
  /** Moved the better way (see betterDirection); false when unchanged; undefined without a delta or a better way. */
  improved?: boolean;
  /** Both years have rows and the unit of measure (as written, folded) or the kind of plan differs. */
  definitionChanged: boolean;
}

/**
 * Each indicator (sub-measures included) with a row in `year` for `unitId` (undefined = the organisation),
 * compared with year − 1, in group order then catalogue order. The catalogue's definitionVersion is one per
 * dataset, so a definition change between years shows only through the rows themselves (unit text, plan kind).
 */
export function yearOverYear(dataset: Dataset, year: number, unitId?: string): YearOverYear[] {
  const index = indexResults(dataset);
  return dataset.indicators
    .filter((indicator) => index.find(indicator.code, year, unitId) !== undefined)
    .sort(index.compareIndicators)
    .map((indicator) => {
      const current = index.find(indicator.code, year, unitId);
      return compare(indicator, current, index.find(indicator.code, year - 1, unitId));
    });
}

function compare(
  indicator: Indicator,
  current: IndicatorResult | undefined,
  previous: IndicatorResult | undefined,
): YearOverYear {
  const actual = current?.actual.value;
  const previousActual = previous?.actual.value;
  const deltaKind =
    indicator.valueType === 'percent' ? 'points' : previousActual === 0 ? 'absolute' : 'percent';
  let delta: number | undefined;
  if (actual !== undefined && previousActual !== undefined) {
    delta =
      deltaKind === 'percent'
        ? ((actual - previousActual) / Math.abs(previousActual)) * 100
        : actual - previousActual;
  }
  const better = betterDirection(indicator, current?.plan);
  const improved =
    delta === undefined || better === undefined ? undefined : better === 'higher' ? delta > 0 : delta < 0;
  return {
    indicatorCode: indicator.code,
    previousActual,
    actual,
    delta,
    deltaKind,
    improved,
    definitionChanged: definitionChanged(current, previous),
  };
}

function definitionChanged(
  current: IndicatorResult | undefined,
  previous: IndicatorResult | undefined,
): boolean {
  if (current === undefined || previous === undefined) return false;
  const unitChanged =
    current.unitText !== undefined &&
    previous.unitText !== undefined &&
    foldVietnamese(current.unitText) !== foldVietnamese(previous.unitText);
  const planChanged =
    current.plan !== undefined && previous.plan !== undefined && current.plan.kind !== previous.plan.kind;
  return unitChanged || planChanged;
}
