import type { Dataset, Indicator, IndicatorResult } from './model';

/** Results and catalogue looked up by key; built once per call of the functions that evaluate a dataset. */
export interface ResultIndex {
  /** The first result row for an indicator, year and unit (undefined unit = the organisation). */
  find(indicatorCode: string, year: number, unitId: string | undefined): IndicatorResult | undefined;
  /** Sub-measures of an indicator, in catalogue order. */
  childrenOf(indicatorCode: string): Indicator[];
  /** Sort comparator: group order (unknown groups last), then catalogue order. */
  compareIndicators(a: Indicator, b: Indicator): number;
}

const key = (code: string, year: number, unitId: string | undefined) =>
  `${code}\u0000${year}\u0000${unitId ?? ''}`;

/** Indexes a dataset. When a sheet repeats a row, the first one counts (the data layer reports duplicates). */
export function indexResults(dataset: Dataset): ResultIndex {
  const results = new Map<string, IndicatorResult>();
  for (const result of dataset.results) {
    const k = key(result.indicatorCode, result.year, result.unitId);
    if (!results.has(k)) results.set(k, result);
  }
  const children = new Map<string, Indicator[]>();
  for (const indicator of dataset.indicators) {
    if (indicator.parentCode === undefined) continue;
    const siblings = children.get(indicator.parentCode) ?? [];
    siblings.push(indicator);
    children.set(indicator.parentCode, siblings);
  }
  const groupOrder = new Map(dataset.groups.map((g) => [g.code, g.order]));
  const catalogue = new Map(dataset.indicators.map((indicator, i) => [indicator.code, i]));
  const group = (i: Indicator) => groupOrder.get(i.group) ?? Number.POSITIVE_INFINITY;
  const position = (i: Indicator) => catalogue.get(i.code) ?? Number.POSITIVE_INFINITY;
  return {
    find: (code, year, unitId) => results.get(key(code, year, unitId)),
    childrenOf: (code) => children.get(code) ?? [],
    compareIndicators: (a, b) => group(a) - group(b) || position(a) - position(b) || 0,
  };
}
