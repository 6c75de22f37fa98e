import { memo, useMemo } from 'react';
import type { Dataset, Status } from '../../domain/model';
import type { IndicatorFilter } from '../../domain/table/filter-indicator-rows';
import type { IndicatorRow } from '../../domain/table/indicator-rows';
import { LANG_PARAM } from '../../i18n/locale';
import { indicatorExportRows } from '../../tables/indicator-export-rows';
import { IndicatorTable } from '../../tables/indicator-table';
import { ErrorBoundary } from '../../ui/error-boundary';
import { useLocale, useMessages } from '../../ui/i18n-context';
import { SampleBadge } from '../../ui/sample-badge';
import { applyQueryPatch, setQuery } from '../../ui/use-query-state';
import { PARAM } from './dashboard-params';
import { ExportButtons } from './export-buttons';
import { IndicatorFilters } from './indicator-filters';

/** The indicator table with its filters, its count and the downloads of what it shows. */
const openIndicator = (code: string) => setQuery({ [PARAM.indicator]: code });

export const IndicatorSection = memo(function IndicatorSection(props: {
  dataset: Dataset;
  year: number;
  rows: readonly IndicatorRow[];
  statuses: readonly Status[];
  filter: IndicatorFilter;
}) {
  const t = useMessages();
  const locale = useLocale();
  const { dataset, rows, filter } = props;
  // The year and the language of the page, and the indicator: what a detail opened in a new tab needs (the
  // filters are not carried, so the links stay the same while a reader types and the rows stay memoised).
  const detailHref = useMemo(() => {
    const kept = { [PARAM.year]: String(props.year), [LANG_PARAM]: locale === 'en' ? 'en' : undefined };
    return (code: string) => applyQueryPatch('', { ...kept, [PARAM.indicator]: code });
  }, [props.year, locale]);
  return (
    <section className="dashboard-section" aria-labelledby="chi-tieu">
      <h2 id="chi-tieu" className="dashboard-section__title">
        {t.dashboard.indicators}
      </h2>
      {rows.some((r) => r.isSample) && <SampleBadge explain />}
      <IndicatorFilters groups={dataset.groups} statuses={props.statuses} />
      <ErrorBoundary
        resetKey={rows}
        label="indicator table"
        fallback={
          <p role="alert" className="chart-panel__message chart-panel__message--failed">
            {t.error.section}
          </p>
        }
      >
        <IndicatorTable
          rows={rows}
          groups={dataset.groups}
          filter={filter}
          caption={t.dashboard.table.caption(props.year)}
          detailHref={detailHref}
          onOpen={openIndicator}
          toolbar={(shown) => (
            <div className="indicator-table__toolbar">
              <p className="indicator-table__count" role="status" data-testid="result-count">
                {t.filter.resultCount(shown.length, rows.length)}
              </p>
              <ExportButtons
                fileName={t.dashboard.exportFile(props.year)}
                rows={() => indicatorExportRows(shown, dataset.groups, t, locale)}
              />
            </div>
          )}
        />
      </ErrorBoundary>
    </section>
  );
});
