import { evaluateIndicator } from '../evaluate-indicator';
import type { Dataset } from '../model';
import { indexResults } from '../result-index';
import { compareVietnamese } from '../text/compare-vietnamese';
import { type IndicatorRow, toIndicatorRow } from './indicator-rows';

export interface UnitValue {
  unitId: string;
  /** The unit's name from `units`, or its id when not listed. */
  name: string;
  /** The unit's row (its trend is left empty: the detail shows the organisation's history). */
  row: IndicatorRow;
}

/**
 * One indicator's row in `year` for every unit that has one, by unit name in Vietnamese order.
 * [] for an unknown code or when the data has no per-unit values for it (most indicators).
 */
export function unitValues(dataset: Dataset, indicatorCode: string, year: number): UnitValue[] {
  const indicator = dataset.indicators.find((i) => i.code === indicatorCode);
  if (indicator === undefined) return [];
  const index = indexResults(dataset);
  const names = new Map(dataset.units.map((u) => [u.id, u.name]));
  const groupOrder =
    dataset.groups.find((g) => g.code === indicator.group)?.order ?? Number.POSITIVE_INFINITY;
  return index
    .unitIds(year)
    .filter((unitId) => index.find(indicatorCode, year, unitId) !== undefined)
    .map((unitId) => ({
      unitId,
      name: names.get(unitId) ?? unitId,
      row: toIndicatorRow(evaluateIndicator(index, dataset.rules, indicator, year, unitId), {
        order: 0,
        groupOrder,
        trend: [],
        definitionChanged: false,
      }),
    }))
    .sort((a, b) => compareVietnamese(a.name, b.name));
}
