import { type SortingState, useTable } from '@tanstack/react-table';
import { type MouseEvent, memo, type ReactNode, startTransition, useMemo, useState } from 'react';
import type { IndicatorGroup } from '../domain/model';
import type { IndicatorFilter } from '../domain/table/filter-indicator-rows';
import type { IndicatorRow } from '../domain/table/indicator-rows';
import type { Messages } from '../i18n/vi';
import { useLocale, useMessages } from '../ui/i18n-context';
import { RowStatusBadge } from '../ui/status-badge';
import { formatActual, formatPerformance, formatPlan } from './format-cells';
import { type IndicatorColumnId, indicatorColumns, indicatorTableFeatures } from './indicator-columns';
import { TrendSpark } from './trend-spark';

export interface IndicatorTableProps {
  rows: readonly IndicatorRow[];
  groups: readonly IndicatorGroup[];
  filter: IndicatorFilter;
  caption: string;
  /**
   * The link that opens a row's detail (`?…&chi-tieu=KT01`), so a row can be opened in a new tab too. Keep it
   * and `onOpen` stable (rows are memoised: a sort or a filter redraws only the rows that change).
   */
  detailHref: (code: string) => string;
  onOpen: (code: string) => void;
  /** Rendered above the table with the rows shown (filtered and sorted), e.g. the count and the downloads. */
  toolbar?: (shown: readonly IndicatorRow[]) => ReactNode;
}

const HEADERS: Record<IndicatorColumnId, (t: Messages) => string> = {
  order: (t) => t.column.index,
  name: (t) => t.column.indicator,
  plan: (t) => t.column.plan,
  actual: (t) => t.column.actual,
  performance: (t) => t.column.percentOfPlan,
  status: (t) => t.column.status,
  trend: (t) => t.column.trend,
};

const NUMERIC = new Set<string>(['order', 'plan', 'actual', 'performance']);

/** Rows drawn at first and added per “Hiện thêm”: sorting and filtering stay smooth however long the list is. */
export const ROW_BATCH = 300;

/** “tấn”, “tấn, ước”, “ước” or nothing: the unit of measure and the estimate mark after a name. */
function unitNote(unit: string, isEstimate: boolean, t: Messages): string {
  return [unit.trim(), isEstimate ? t.dashboard.table.estimate : ''].filter((s) => s !== '').join(', ');
}

/**
 * Every indicator of the year in one table, grouped by section (a header row per group, in group order, rows
 * sorted inside their group), sortable by every column but the trend, filtered by status, group and a
 * diacritics-blind search. Status is icon + word + colour. A row opens the indicator's detail.
 */
export function IndicatorTable(props: IndicatorTableProps) {
  const t = useMessages();
  const locale = useLocale();
  const columns = useMemo(() => indicatorColumns(locale), [locale]);
  const data = props.rows as IndicatorRow[];
  const [sorting, setSorting] = useState<SortingState>([]);
  const [limit, setLimit] = useState(ROW_BATCH);
  const columnFilters = useMemo(() => [{ id: 'name', value: props.filter }], [props.filter]);
  const table = useTable(
    {
      features: indicatorTableFeatures,
      columns,
      data,
      state: { sorting, columnFilters },
      // A sort re-renders the table in a transition (sliced, so a click never holds the main thread for the
      // whole table); the rows are memoised, so its commit only moves them.
      onSortingChange: (updater) => startTransition(() => setSorting(updater)),
      getRowId: (row) => row.code,
    },
    (state) => ({ sorting: state.sorting, columnFilters: state.columnFilters }),
  );
  const shown = table.getRowModel().rows;
  const sections = useMemo(() => {
    const byGroup = new Map<string, typeof shown>();
    for (const row of shown) {
      const list = byGroup.get(row.original.groupCode) ?? [];
      list.push(row);
      byGroup.set(row.original.groupCode, list);
    }
    const order = new Map(props.groups.map((g) => [g.code, g]));
    return [...byGroup]
      .map(([code, rows]) => ({ code, group: order.get(code), rows }))
      .sort((a, b) => (a.group?.order ?? Infinity) - (b.group?.order ?? Infinity));
  }, [shown, props.groups]);
  const shownOriginals = useMemo(() => sections.flatMap((s) => s.rows.map((r) => r.original)), [sections]);
  // Only the first `limit` rows (in section order) are drawn; the count and the downloads cover all of them.
  const drawn = useMemo(() => {
    let room = limit;
    return sections.flatMap((section) => {
      if (room <= 0) return [];
      const rows = section.rows.slice(0, room);
      room -= rows.length;
      return [{ ...section, total: section.rows.length, rows }];
    });
  }, [sections, limit]);
  const hidden = shown.length - Math.min(limit, shown.length);
  const headers = table.getHeaderGroups()[0]?.headers ?? [];

  return (
    <div className="indicator-table">
      {props.toolbar?.(shownOriginals)}
      <div className="table-scroll indicator-table__scroll">
        <table className="data-table indicator-table__table">
          <caption className="visually-hidden">
            {props.caption}. {t.dashboard.table.sortHint}
          </caption>
          <thead>
            <tr>
              {headers.map((header) => {
                const id = header.column.id as IndicatorColumnId;
                const sorted = header.column.getIsSorted();
                const canSort = header.column.getCanSort();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={`indicator-table__th indicator-table__th--${id}${NUMERIC.has(id) ? ' number' : ''}`}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {canSort ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {HEADERS[id](t)}
                        <span className="sort-button__arrow" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : (
                      HEADERS[id](t)
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          {drawn.map((section) => (
            <tbody key={section.code} className="indicator-table__group">
              <tr className="indicator-table__group-row">
                <th scope="colgroup" colSpan={headers.length}>
                  {section.group?.name[locale] ?? section.code}
                  <span className="indicator-table__group-count"> ({section.total})</span>
                </th>
              </tr>
              {section.rows.map((row) => (
                <IndicatorTableRow
                  key={row.id}
                  row={row.original}
                  href={props.detailHref(row.original.code)}
                  onOpen={props.onOpen}
                />
              ))}
            </tbody>
          ))}
        </table>
      </div>
      {shown.length === 0 && <p className="indicator-table__empty">{t.dashboard.table.empty}</p>}
      {hidden > 0 && (
        <div className="indicator-table__more">
          <p>{t.dashboard.table.partial(shown.length - hidden, shown.length)}</p>
          <button type="button" onClick={() => setLimit((n) => n + ROW_BATCH)}>
            {t.dashboard.table.showMore(Math.min(ROW_BATCH, hidden))}
          </button>
          <button type="button" onClick={() => setLimit(shown.length)}>
            {t.dashboard.table.showAll}
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * One indicator's row. Memoised on the row object (built once per data set and year), its link and the open
 * handler: a sort only moves rows and a filter only removes or adds them, instead of formatting every cell again
 * (at 4× CPU slowdown that was most of a sort's main-thread time).
 */
const IndicatorTableRow = memo(function IndicatorTableRow(props: {
  row: IndicatorRow;
  href: string;
  onOpen: (code: string) => void;
}) {
  const t = useMessages();
  const locale = useLocale();
  const { row: r, onOpen } = props;
  const open = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(r.code);
  };
  const note = unitNote(r.unit[locale], r.isEstimate, t);
  return (
    <tr className="indicator-table__row" data-code={r.code} onClick={open}>
      <td className="number indicator-table__code">{r.code}</td>
      <th scope="row" className="indicator-table__name">
        <a href={props.href}>{r.name[locale]}</a>
        {note !== '' && <span className="indicator-table__unit"> ({note})</span>}
      </th>
      <td className="number indicator-table__cell--plan" data-label={HEADERS.plan(t)}>
        {formatPlan(r.plan, r.planText, r.decimals, t, locale)}
      </td>
      <td className="number indicator-table__cell--actual" data-label={HEADERS.actual(t)}>
        {formatActual(r, locale, t)}
      </td>
      <td className="number indicator-table__cell--performance" data-label={HEADERS.performance(t)}>
        {formatPerformance(r, locale)}
      </td>
      <td className="indicator-table__cell--status">
        <RowStatusBadge row={r} />
      </td>
      <td className="indicator-table__cell--trend">
        <TrendSpark trend={r.trend} />
      </td>
    </tr>
  );
});
