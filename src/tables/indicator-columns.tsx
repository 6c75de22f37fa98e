import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  rowSortingFeature,
  type SortFn,
  tableFeatures,
} from '@tanstack/react-table';
import { STATUS_ORDER } from '../domain/status/count-by-status';
import type { IndicatorFilter } from '../domain/table/filter-indicator-rows';
import { matchesIndicatorFilter } from '../domain/table/filter-indicator-rows';
import type { IndicatorRow } from '../domain/table/indicator-rows';
import { compareVietnamese } from '../domain/text/compare-vietnamese';
import type { Locale } from '../i18n/locale';

/** The table's features: client-side sorting and filtering only (stable, module scope). */
export const indicatorTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
});

export type IndicatorTableFeatures = typeof indicatorTableFeatures;

const helper = createColumnHelper<IndicatorTableFeatures, IndicatorRow>();

const statusRank = new Map<string, number>(STATUS_ORDER.map((s, i) => [s, i]));

/** Ascending comparators; the table reverses them for descending order. */
const byName =
  (locale: Locale): SortFn<IndicatorTableFeatures, IndicatorRow> =>
  (a, b) =>
    compareVietnamese(a.original.name[locale], b.original.name[locale]);
const byStatus: SortFn<IndicatorTableFeatures, IndicatorRow> = (a, b) =>
  (statusRank.get(a.original.status) ?? 99) - (statusRank.get(b.original.status) ?? 99);
const byNumber: SortFn<IndicatorTableFeatures, IndicatorRow> = (a, b, id) =>
  (a.getValue<number>(id) ?? 0) - (b.getValue<number>(id) ?? 0);

/** How the one column filter (on the name column) is applied: the whole IndicatorFilter against the row. */
const byFilter = (row: { original: IndicatorRow }, _id: string, filter: IndicatorFilter) =>
  matchesIndicatorFilter(row.original, filter);

/** Column ids, for the header cells and the renderer. */
export type IndicatorColumnId = 'order' | 'name' | 'plan' | 'actual' | 'performance' | 'status' | 'trend';

/**
 * The indicator table's columns for a locale: sortable name (Vietnamese collation), plan, actual, % of plan
 * (points for percent indicators), status (best first) and the trend. Cells are rendered by IndicatorTable.
 */
export function indicatorColumns(locale: Locale) {
  return helper.columns([
    helper.accessor((r) => r.order, { id: 'order', sortFn: byNumber }),
    helper.accessor((r) => r.name[locale], { id: 'name', sortFn: byName(locale), filterFn: byFilter }),
    helper.accessor((r) => r.planValue, { id: 'plan', sortFn: byNumber, sortUndefined: 'last' }),
    helper.accessor((r) => r.actual, { id: 'actual', sortFn: byNumber, sortUndefined: 'last' }),
    helper.accessor((r) => (r.valueType === 'percent' ? r.deltaPoints : r.percentOfPlan), {
      id: 'performance',
      sortFn: byNumber,
      sortUndefined: 'last',
    }),
    helper.accessor((r) => r.status, { id: 'status', sortFn: byStatus }),
    helper.accessor((r) => r.trend.length, { id: 'trend', enableSorting: false }),
  ]);
}
