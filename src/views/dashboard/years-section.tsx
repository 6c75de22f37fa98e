import { memo, useMemo } from 'react';
import { STATUS_COLOR } from '../../charts/chart-colors';
import { GroupedBarChart } from '../../charts/grouped-bar-chart';
import { statusCountsByYear } from '../../domain/aggregate/status-counts-by-year';
import { yearOverYear } from '../../domain/aggregate/year-over-year';
import { toChartModel } from '../../domain/chart-model';
import type { Dataset } from '../../domain/model';
import { formatNumber, formatPercent, formatPoints } from '../../i18n/format';
import { ChartPanel } from '../../ui/chart-panel';
import { useLocale, useMessages } from '../../ui/i18n-context';
import { shownStatuses } from './year-overview';

/** Status counts per year side by side, and each indicator's change from the previous year with a badge where its definition changed. */
export const YearsSection = memo(function YearsSection(props: { dataset: Dataset; year: number }) {
  const t = useMessages();
  const locale = useLocale();
  const { dataset, year } = props;
  const byYear = useMemo(() => statusCountsByYear(dataset), [dataset]);
  const statuses = useMemo(() => shownStatuses(dataset, ...byYear.map((y) => y.counts)), [dataset, byYear]);
  const model = useMemo(
    () =>
      toChartModel(
        byYear.map((y) => ({
          category: String(y.year),
          ...Object.fromEntries(statuses.map((s) => [s, y.counts[s]])),
        })),
      ),
    [byYear, statuses],
  );
  const changes = useMemo(() => {
    const top = new Set(dataset.indicators.filter((i) => i.parentCode === undefined).map((i) => i.code));
    return yearOverYear(dataset, year).filter((c) => top.has(c.indicatorCode));
  }, [dataset, year]);
  const indicator = (code: string) => dataset.indicators.find((i) => i.code === code);
  const hasPrevious = byYear.some((y) => y.year === year - 1);

  return (
    <section className="dashboard-section dashboard-section--below" aria-labelledby="so-sanh-nam">
      <h2 id="so-sanh-nam" className="dashboard-section__title">
        {t.dashboard.years}
      </h2>
      <ChartPanel
        title={t.dashboard.yearsView.statusByYear}
        model={model}
        summary={byYear
          .map((y) => t.dashboard.yearsView.statusByYearSentence(y.year, y.counts.exceeded, y.total))
          .join('. ')}
        table={{
          columns: [t.column.year, ...statuses.map((s) => t.status[s])],
          rows: byYear.map((y) => [
            String(y.year),
            ...statuses.map((s) => formatNumber(y.counts[s], locale)),
          ]),
        }}
        render={(data) => (
          <GroupedBarChart
            data={data}
            series={statuses.map((s) => ({ key: s, label: t.status[s], color: STATUS_COLOR[s] }))}
            format={(n) => formatNumber(n, locale)}
          />
        )}
      />
      <h3 className="dashboard-section__subtitle">{t.dashboard.yearsView.change(year, year - 1)}</h3>
      {!hasPrevious ? (
        <p>{t.dashboard.yearsView.noPrevious}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table data-table--cards year-change" data-testid="year-change">
            <thead>
              <tr>
                <th scope="col">{t.column.indicator}</th>
                <th scope="col" className="number">
                  {t.dashboard.yearsView.previous(year - 1)}
                </th>
                <th scope="col" className="number">
                  {t.dashboard.yearsView.current(year)}
                </th>
                <th scope="col" className="number">
                  {t.dashboard.yearsView.delta}
                </th>
                <th scope="col">{t.column.note}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => {
                const i = indicator(c.indicatorCode);
                const decimals = i?.decimals;
                const delta =
                  c.delta === undefined
                    ? '–'
                    : c.deltaKind === 'points'
                      ? formatPoints(c.delta, locale)
                      : c.deltaKind === 'percent'
                        ? `${c.delta > 0 ? '+' : ''}${formatPercent(c.delta, locale)}`
                        : formatNumber(c.delta, locale, decimals);
                const verdict =
                  c.improved === undefined
                    ? c.delta === 0
                      ? t.dashboard.yearsView.unchanged
                      : t.dashboard.yearsView.unknown
                    : c.improved
                      ? t.dashboard.yearsView.improved
                      : c.delta === 0
                        ? t.dashboard.yearsView.unchanged
                        : t.dashboard.yearsView.worsened;
                return (
                  <tr key={c.indicatorCode}>
                    <th scope="row">
                      {i?.name[locale] ?? c.indicatorCode}
                      {c.definitionChanged && (
                        <span className="definition-badge" title={t.data.definitionChanged}>
                          {t.dashboard.yearsView.definitionBadge}
                        </span>
                      )}
                    </th>
                    <td className="number" data-label={t.dashboard.yearsView.previous(year - 1)}>
                      {formatNumber(c.previousActual, locale, decimals)}
                    </td>
                    <td className="number" data-label={t.dashboard.yearsView.current(year)}>
                      {formatNumber(c.actual, locale, decimals)}
                    </td>
                    <td className="number" data-label={t.dashboard.yearsView.delta}>
                      {delta}
                    </td>
                    <td
                      className={`verdict verdict--${c.improved === undefined ? 'none' : c.improved ? 'better' : c.delta === 0 ? 'none' : 'worse'}`}
                    >
                      {verdict}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
});
