import { memo, useMemo } from 'react';
import { BarListChart } from '../../charts/bar-list-chart';
import { GroupedBarChart } from '../../charts/grouped-bar-chart';
import { awardCounts, UNASSIGNED } from '../../domain/awards/award-counts';
import { toChartModel } from '../../domain/chart-model';
import type { Dataset } from '../../domain/model';
import { yearsOf } from '../../domain/years-of';
import { formatNumber } from '../../i18n/format';
import { ChartPanel } from '../../ui/chart-panel';
import { useLocale, useMessages } from '../../ui/i18n-context';
import { SampleBadge } from '../../ui/sample-badge';
import { SourceCitation } from '../../ui/source-citation';

const YEAR_COLORS = ['#9b1c1c', '#7a5600', '#1d4ed8', '#1a6b2f', '#545b64'];

/**
 * Emulation and commendation: the year's published totals cited to the report, then titles per year, per
 * unit and per cluster from the award records (sample data, labelled).
 */
export const AwardsSection = memo(function AwardsSection(props: { dataset: Dataset; year: number }) {
  const t = useMessages();
  const locale = useLocale();
  const { dataset, year } = props;
  const fmt = (n: number) => formatNumber(n, locale);
  const names = useMemo(
    () => ({
      title: (code: string) => dataset.awardTypes.find((a) => a.code === code)?.name[locale] ?? code,
      unit: (id: string) =>
        id === UNASSIGNED
          ? t.dashboard.awardsView.unassigned
          : (dataset.units.find((u) => u.id === id)?.name ?? id),
      cluster: (id: string) =>
        id === UNASSIGNED
          ? t.dashboard.awardsView.unassigned
          : (dataset.clusters.find((c) => c.id === id)?.name[locale] ?? id),
    }),
    [dataset, locale, t],
  );
  const { title: titleName, unit: unitName, cluster: clusterName } = names;

  const published = dataset.publishedAwardCounts.filter((p) => p.year === year);
  const publishedSource = dataset.sources.find((s) => s.id === published[0]?.sourceId);
  const byTitle = useMemo(() => awardCounts(dataset, { year, by: 'title' }), [dataset, year]);
  const byUnit = useMemo(() => awardCounts(dataset, { year, by: 'unit' }), [dataset, year]);
  const byCluster = useMemo(() => awardCounts(dataset, { year, by: 'cluster' }), [dataset, year]);
  const awardYears = useMemo(
    () => yearsOf(dataset).filter((y) => dataset.awards.some((a) => a.year === y)),
    [dataset],
  );
  const titleModel = useMemo(
    () => toChartModel(byTitle.map((a) => ({ key: a.key, label: titleName(a.key), value: a.count }))),
    [byTitle, titleName],
  );
  const unitModel = useMemo(
    () =>
      toChartModel(
        [...byUnit]
          .sort((a, b) => b.count - a.count)
          .map((a) => ({ key: a.key, label: unitName(a.key), value: a.count })),
      ),
    [byUnit, unitName],
  );
  const clusterModel = useMemo(
    () => toChartModel(byCluster.map((a) => ({ key: a.key, label: clusterName(a.key), value: a.count }))),
    [byCluster, clusterName],
  );
  const titles = useMemo(() => [...dataset.awardTypes].sort((a, b) => a.order - b.order), [dataset]);
  const perYear = useMemo(
    () =>
      awardYears.map((y) => ({
        year: y,
        counts: new Map(awardCounts(dataset, { year: y, by: 'title' }).map((a) => [a.key, a.count])),
      })),
    [dataset, awardYears],
  );
  const yearModel = useMemo(
    () =>
      toChartModel(
        titles
          .filter((title) => perYear.some((y) => (y.counts.get(title.code) ?? 0) > 0))
          .map((title) => ({
            category: title.name[locale],
            ...Object.fromEntries(perYear.map((y) => [`y${y.year}`, y.counts.get(title.code) ?? 0])),
          })),
      ),
    [titles, perYear, locale],
  );
  const total = byTitle.reduce((sum, a) => sum + a.count, 0);
  const topUnit = [...byUnit].filter((a) => a.key !== UNASSIGNED).sort((a, b) => b.count - a.count)[0];

  return (
    <section className="dashboard-section dashboard-section--below" aria-labelledby="thi-dua">
      <h2 id="thi-dua" className="dashboard-section__title">
        {t.dashboard.awards}
      </h2>
      {published.length > 0 && (
        <div className="published-awards">
          <h3 className="dashboard-section__subtitle">{t.dashboard.awardsView.published(year)}</h3>
          <ul className="award-tiles" data-testid="published-awards">
            {published.map((p) => (
              <li key={p.awardCode} className="award-tile">
                <span className="award-tile__count">{fmt(p.count)}</span>
                <span className="award-tile__label">{titleName(p.awardCode)}</span>
              </li>
            ))}
          </ul>
          {publishedSource !== undefined && <SourceCitation source={publishedSource} />}
        </div>
      )}
      {byTitle.length === 0 ? (
        <p>{t.dashboard.awardsView.none}</p>
      ) : (
        <>
          <SampleBadge explain />
          <div className="dashboard-grid">
            <ChartPanel
              title={t.dashboard.awardsView.byTitle(year)}
              model={titleModel}
              summary={t.dashboard.awardsView.byTitleSentence(year, total, byTitle.length)}
              table={{
                columns: [t.dashboard.awardsView.title, t.dashboard.awardsView.count],
                rows: byTitle.map((a) => [titleName(a.key), fmt(a.count)]),
              }}
              render={(data) => <BarListChart data={data} format={fmt} />}
            />
            <ChartPanel
              title={t.dashboard.awardsView.byYear}
              model={yearModel}
              table={{
                columns: [t.dashboard.awardsView.title, ...perYear.map((y) => String(y.year))],
                rows: titles
                  .filter((title) => perYear.some((y) => (y.counts.get(title.code) ?? 0) > 0))
                  .map((title) => [
                    title.name[locale],
                    ...perYear.map((y) => fmt(y.counts.get(title.code) ?? 0)),
                  ]),
              }}
              render={(data) => (
                <GroupedBarChart
                  data={data}
                  format={fmt}
                  series={perYear.map((y, i) => ({
                    key: `y${y.year}`,
                    label: String(y.year),
                    color: YEAR_COLORS[i % YEAR_COLORS.length] ?? '#9b1c1c',
                  }))}
                />
              )}
            />
            <ChartPanel
              title={t.dashboard.awardsView.byUnit(year)}
              model={unitModel}
              summary={
                topUnit === undefined
                  ? undefined
                  : t.dashboard.awardsView.byUnitSentence(unitName(topUnit.key), topUnit.count)
              }
              table={{
                columns: [t.column.adminUnit, t.dashboard.awardsView.count],
                rows: byUnit.map((a) => [unitName(a.key), fmt(a.count)]),
              }}
              render={(data) => <BarListChart data={data} format={fmt} />}
            />
            <ChartPanel
              title={t.dashboard.awardsView.byCluster(year)}
              model={clusterModel}
              table={{
                columns: [t.column.adminUnit, t.dashboard.awardsView.count],
                rows: byCluster.map((a) => [clusterName(a.key), fmt(a.count)]),
              }}
              render={(data) => <BarListChart data={data} format={fmt} />}
            />
          </div>
        </>
      )}
    </section>
  );
});
