import { type ReactNode, useMemo, useState } from 'react';
import { formatNumber } from '../i18n/format';
import { ErrorBoundary } from './error-boundary';
import { useLocale, useMessages } from './i18n-context';
import { useStagedValue } from './use-staged-value';

/**
 * What a chart is fed: data to draw, “nothing for this selection” (built from domain results), or “still being
 * calculated” (a province's ranking, computed over several tasks: src/ui/use-stepwise.ts).
 */
export type ChartModel<Data> = { kind: 'ready'; data: Data } | { kind: 'empty' } | { kind: 'pending' };

/**
 * The same figures as the chart, as text already formatted for the locale.
 * The first cell of each row is its header (an indicator, a year, a unit).
 */
export interface ChartTable {
  columns: readonly string[];
  /**
   * The rows; or how many there are and how to write row `index`, for long tables (a province's ranking has
   * thousands of units): only the rows drawn are formatted then.
   */
  rows: readonly (readonly string[])[] | { count: number; row: (index: number) => readonly string[] };
}

function rowCount(rows: ChartTable['rows']): number {
  return 'count' in rows ? rows.count : rows.length;
}

function firstRows(rows: ChartTable['rows'], n: number): readonly (readonly string[])[] {
  if (!('count' in rows)) return rows.slice(0, n);
  return Array.from({ length: Math.min(n, rows.count) }, (_, index) => rows.row(index));
}

export interface ChartPanelProps<Data> {
  title: string;
  model: ChartModel<Data>;
  render: (data: Data) => ReactNode;
  /** One sentence that says what the chart shows, e.g. `t.summary.sentence(…)`; shown under the title. */
  summary?: string;
  /** The chart's figures as a table, behind a “Xem dạng bảng” disclosure, for keyboard and screen-reader users. */
  table?: ChartTable;
  /** Heading level of the title inside the page; 3 by default. */
  headingLevel?: 2 | 3 | 4;
  className?: string;
}

/**
 * A chart that fails alone: its own error boundary shows a role="alert" message in the reader's language,
 * an empty model shows “Không có số liệu cho lựa chọn này.”, and a new model retries a failed chart.
 * Memoise `model` (useMemo): a new object on every render would retry a failed chart (and redraw it).
 * A new model is drawn in a staged update of its own (see use-staged-value.ts): one chart per task. `render` is
 * taken together with its model, so a chart redraws when its model or the language changes, never for a new closure.
 */
export function ChartPanel<Data>(props: ChartPanelProps<Data>) {
  const t = useMessages();
  const Heading = `h${props.headingLevel ?? 3}` as const;
  // The language is part of the drawing too: a render may name series in words the model does not hold.
  const locale = useLocale();
  // biome-ignore lint/correctness/useExhaustiveDependencies: render is read with its model and language (see above)
  const drawing = useMemo(() => ({ model: props.model, render: props.render }), [props.model, locale]);
  const staged = useStagedValue(drawing);
  const { model } = staged;
  const chart = useMemo(
    () => (staged.model.kind === 'ready' ? staged.render(staged.model.data) : null),
    [staged],
  );
  return (
    <figure className={props.className ? `chart-panel ${props.className}` : 'chart-panel'}>
      <figcaption className="chart-panel__caption">
        <Heading className="chart-panel__title">{props.title}</Heading>
        {props.summary !== undefined && <p className="chart-panel__summary">{props.summary}</p>}
      </figcaption>
      <ErrorBoundary
        resetKey={model}
        label={props.title}
        fallback={
          <p role="alert" className="chart-panel__message chart-panel__message--failed">
            {t.chart.failed}
          </p>
        }
      >
        {model.kind === 'ready' ? (
          <div className="chart-panel__chart">{chart}</div>
        ) : model.kind === 'pending' ? (
          <p className="chart-panel__message" role="status">
            {t.chart.pending}
          </p>
        ) : (
          <p className="chart-panel__message">{t.chart.empty}</p>
        )}
      </ErrorBoundary>
      {model.kind === 'ready' && props.table !== undefined && rowCount(props.table.rows) > 0 && (
        <details className="chart-panel__table">
          <summary>{t.chart.showTable}</summary>
          <DataTable caption={props.title} table={props.table} />
        </details>
      )}
    </figure>
  );
}

/** Rows of a chart's table drawn at first; the rest on request (a province's ranking has thousands). */
export const TABLE_ROWS = 100;

function DataTable(props: { caption: string; table: ChartTable }) {
  const t = useMessages();
  const locale = useLocale();
  const { columns } = props.table;
  const [all, setAll] = useState(false);
  const total = rowCount(props.table.rows);
  const rows = firstRows(props.table.rows, all ? total : TABLE_ROWS);
  const count = (n: number) => formatNumber(n, locale);
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional and never reorder
              <th key={i} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional and never reorder
            <tr key={r}>
              {row.map((cell, c) =>
                c === 0 ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                  <th key={c} scope="row">
                    {cell}
                  </th>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                  <td key={c}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length < total && (
        <p className="chart-panel__table-more">
          {t.chart.tablePartial(count(rows.length), count(total))}{' '}
          <button type="button" onClick={() => setAll(true)}>
            {t.chart.tableShowAll(count(total))}
          </button>
        </p>
      )}
    </div>
  );
}
