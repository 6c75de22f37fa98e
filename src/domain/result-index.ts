import type { Dataset, Indicator, IndicatorResult } from './model';

/** Results and catalogue looked up by key. The result part is built once per results array (see `lookupOf`). */
export interface ResultIndex {
  /** The first result row for an indicator, year and unit (undefined unit = the organisation). */
  find(indicatorCode: string, year: number, unitId: string | undefined): IndicatorResult | undefined;
  /** Sub-measures of an indicator, in catalogue order. */
  childrenOf(indicatorCode: string): Indicator[];
  /** Sort comparator: group order (unknown groups last), then catalogue order. */
  compareIndicators(a: Indicator, b: Indicator): number;
  /** The years with at least one row (any unit), ascending. */
  years(): readonly number[];
  /** The units (not the organisation) with at least one row in `year`, in order of first appearance. */
  unitIds(year: number): string[];
  /** The first row per indicator of one year and unit (undefined = the organisation), in order of appearance. */
  rowsOf(year: number, unitId: string | undefined): ReadonlyMap<string, IndicatorResult>;
}

/** year → unit id ('' = the organisation) → indicator code → first row. */
type Lookup = Map<number, Map<string, Map<string, IndicatorResult>>>;

const EMPTY_ROWS: ReadonlyMap<string, IndicatorResult> = new Map();
const ORGANISATION = '';

/**
 * Nested maps rather than one map of joined string keys: a lookup builds no string, which matters when ranking
 * thousands of communes. Cached per results array: a data set never changes its rows once built (the importer
 * builds a new array), so every view and every call on the same data shares one lookup instead of scanning
 * 100,000 rows again on each year switch.
 */
interface Built {
  lookup: Lookup;
  years: number[];
  /** The array's length when built: a row pushed later (tests build data sets that way) rebuilds the lookup. */
  length: number;
}
const lookups = new WeakMap<readonly IndicatorResult[], Built>();

function lookupOf(results: readonly IndicatorResult[]): Built {
  const cached = lookups.get(results);
  if (cached && cached.length === results.length) return cached;
  const lookup: Lookup = new Map();
  for (const result of results) {
    let units = lookup.get(result.year);
    if (units === undefined) {
      units = new Map();
      lookup.set(result.year, units);
    }
    const unit = result.unitId ?? ORGANISATION;
    let rows = units.get(unit);
    if (rows === undefined) {
      rows = new Map();
      units.set(unit, rows);
    }
    // When a sheet repeats a row, the first one counts (the data layer reports duplicates).
    if (!rows.has(result.indicatorCode)) rows.set(result.indicatorCode, result);
  }
  const built = { lookup, years: [...lookup.keys()].sort((a, b) => a - b), length: results.length };
  lookups.set(results, built);
  return built;
}

/** Indexes a dataset: the rows once per results array, the catalogue (a few dozen entries) on each call. */
export function indexResults(dataset: Dataset): ResultIndex {
  const { lookup, years } = lookupOf(dataset.results);
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
  const rowsOf = (year: number, unitId: string | undefined) =>
    lookup.get(year)?.get(unitId ?? ORGANISATION) ?? EMPTY_ROWS;
  return {
    find: (code, year, unitId) => rowsOf(year, unitId).get(code),
    childrenOf: (code) => children.get(code) ?? [],
    compareIndicators: (a, b) => group(a) - group(b) || position(a) - position(b) || 0,
    years: () => years,
    unitIds: (year) => [...(lookup.get(year)?.keys() ?? [])].filter((unit) => unit !== ORGANISATION),
    rowsOf,
  };
}
