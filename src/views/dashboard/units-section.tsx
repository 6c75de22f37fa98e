import { memo, useCallback, useMemo } from 'react';
import { BarListChart } from '../../charts/bar-list-chart';
import { awardCounts } from '../../domain/awards/award-counts';
import { toChartModel } from '../../domain/chart-model';
import type { AdminUnit, Dataset } from '../../domain/model';
import { type ClusterRank, rankClusters } from '../../domain/rank/rank-clusters';
import { rankUnits, type UnitRank } from '../../domain/rank/rank-units';
import { unitSummarySteps } from '../../domain/rank/unit-summaries';
import { indicatorRows } from '../../domain/table/indicator-rows';
import { formatNumber, formatPercent } from '../../i18n/format';
import { formatActual, formatPlan } from '../../tables/format-cells';
import { type ChartModel, ChartPanel } from '../../ui/chart-panel';
import { useLocale, useMessages } from '../../ui/i18n-context';
import { SampleBadge } from '../../ui/sample-badge';
import { StatusBadge } from '../../ui/status-badge';
import { useStepwise } from '../../ui/use-stepwise';

const SELECTED_COLOR = '#7a5600';
/** Bars in the unit ranking chart at most (province-scale data has thousands of communes). */
export const RANKING_BARS = 20;
/** The rankings' charts while a province's units are still being evaluated. */
const PENDING: ChartModel<never> = { kind: 'pending' };
/** The rankings while they are pending: one array, so the memos below them keep their values. */
const NOT_YET: never[] = [];

/**
 * Units and clusters: the selected unit's own figures and awards (`?don-vi=`), units ranked by share of
 * indicators met or exceeded, and the clusters and blocs ranked within their kind.
 */
export const UnitsSection = memo(function UnitsSection(props: {
  dataset: Dataset;
  year: number;
  unit?: AdminUnit;
}) {
  const t = useMessages();
  const locale = useLocale();
  const { dataset, year, unit } = props;
  const pct = (share: number | undefined) =>
    formatPercent(share === undefined ? undefined : share * 100, locale, 0);

  // Every unit's year evaluated once for both rankings, over several tasks when there are many (a province's
  // 100,000 rows held the main thread for 0.4–0.8 s at 4× CPU slowdown); undefined until then.
  const summaries = useStepwise(useCallback(() => unitSummarySteps(dataset, year), [dataset, year]));
  // The organisation's own unit (the district) is what the others are compared within, not a competitor.
  const ranked = useMemo(
    () =>
      summaries &&
      rankUnits(dataset, year, summaries).filter((u) => u.unitId !== dataset.organisation.unitId),
    [dataset, year, summaries],
  );
  const units: readonly UnitRank[] = ranked ?? NOT_YET;
  // A chart never draws more bars than a screen can show: the first RANKING_BARS units, and the chosen unit
  // wherever it ranks. The table behind the chart lists them all.
  const charted = useMemo(
    () => units.filter((u, i) => i < RANKING_BARS || u.unitId === unit?.id),
    [units, unit?.id],
  );
  const unitModel = useMemo(
    () =>
      ranked === undefined
        ? PENDING
        : toChartModel(
            charted.map((u) => ({
              key: u.unitId,
              label: u.unitId === unit?.id ? `▶ ${u.name}` : u.name,
              value: Math.round(u.passingShare * 1000) / 10,
              color: u.unitId === unit?.id ? SELECTED_COLOR : undefined,
            })),
          ),
    [ranked, charted, unit?.id],
  );
  const rankedClusters = useMemo(
    () => summaries && rankClusters(dataset, year, summaries),
    [dataset, year, summaries],
  );
  const clusters: readonly ClusterRank[] = rankedClusters ?? NOT_YET;
  const clusterName = useMemo(
    () => (id: string) => dataset.clusters.find((c) => c.id === id)?.name[locale] ?? id,
    [dataset, locale],
  );
  const clusterModel = useMemo(
    () =>
      rankedClusters === undefined
        ? PENDING
        : toChartModel(
            clusters
              .filter((c) => c.passingShare !== undefined)
              .map((c) => ({
                key: c.clusterId,
                label: clusterName(c.clusterId),
                value: Math.round((c.passingShare ?? 0) * 1000) / 10,
              })),
          ),
    [rankedClusters, clusters, clusterName],
  );
  const unitRows = useMemo(
    () => (unit === undefined ? [] : indicatorRows(dataset, year, unit.id)),
    [dataset, year, unit],
  );
  const unitAwards = useMemo(
    () =>
      unit === undefined
        ? []
        : awardCounts(
            { ...dataset, awards: dataset.awards.filter((a) => a.unitId === unit.id) },
            { year, by: 'title' },
          ),
    [dataset, year, unit],
  );
  const titleName = (code: string) => dataset.awardTypes.find((a) => a.code === code)?.name[locale] ?? code;
  const leader = units[0];
  const leadCluster = clusters.find((c) => c.rank === 1 && c.passingShare !== undefined);
  const fmtPct = (v: number) => formatPercent(v, locale, 0);

  return (
    // Busy while the rankings are computed: committed before their second slice starts, whereas the charts'
    // “Đang tính…” waits for their staged turn and may be skipped when the rankings finish first.
    <section
      className="dashboard-section dashboard-section--below"
      aria-labelledby="don-vi"
      aria-busy={summaries === undefined || undefined}
    >
      <h2 id="don-vi" className="dashboard-section__title">
        {t.dashboard.units}
      </h2>
      {unit === undefined ? (
        <p className="units__hint">{t.dashboard.unitsView.chooseUnit}</p>
      ) : (
        <div className="unit-card" data-testid="unit-card">
          <h3 className="unit-card__title" id="unit-card-title">
            {t.dashboard.unitsView.unitValues(unit.name, year)}
          </h3>
          {unit.isSample && <SampleBadge />}
          {unitRows.length === 0 ? (
            <p>{t.dashboard.unitsView.noUnitRows}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table data-table--cards" aria-labelledby="unit-card-title">
                <thead>
                  <tr>
                    <th scope="col">{t.column.indicator}</th>
                    <th scope="col" className="number">
                      {t.column.plan}
                    </th>
                    <th scope="col" className="number">
                      {t.column.actual}
                    </th>
                    <th scope="col">{t.column.status}</th>
                  </tr>
                </thead>
                <tbody>
                  {unitRows.map((r) => (
                    <tr key={r.code}>
                      <th scope="row">
                        {r.name[locale]} <span className="indicator-table__unit">({r.unit[locale]})</span>
                      </th>
                      <td className="number" data-label={t.column.plan}>
                        {formatPlan(r.plan, r.planText, r.decimals, t, locale)}
                      </td>
                      <td className="number" data-label={t.column.actual}>
                        {formatActual(r, locale, t)}
                      </td>
                      <td data-label={t.column.status}>
                        <StatusBadge status={r.status} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {unitAwards.length > 0 && (
            <p className="unit-card__awards">
              {t.dashboard.unitsView.awards}:{' '}
              {unitAwards.map((a) => `${titleName(a.key)} ${formatNumber(a.count, locale)}`).join('; ')}
            </p>
          )}
        </div>
      )}
      <SampleBadge explain />
      <div className="dashboard-grid">
        <ChartPanel
          title={t.dashboard.unitsView.ranking(year)}
          model={unitModel}
          summary={
            leader === undefined
              ? undefined
              : [
                  t.dashboard.unitsView.rankingSentence(leader.name, pct(leader.passingShare)),
                  charted.length < units.length
                    ? t.dashboard.unitsView.rankingShown(
                        formatNumber(charted.length, locale),
                        formatNumber(units.length, locale),
                      )
                    : '',
                ].join('')
          }
          table={{
            columns: [
              t.dashboard.unitsView.rank,
              t.column.adminUnit,
              t.dashboard.unitsView.share,
              t.dashboard.unitsView.indicatorsCount,
            ],
            // Formatted when drawn: a province has thousands of units, and formatting them all was most of the
            // render that shows a new year's ranking.
            rows: {
              count: units.length,
              row: (i) => {
                const u = units[i] as UnitRank;
                return [String(u.rank), u.name, pct(u.passingShare), formatNumber(u.total, locale)];
              },
            },
          }}
          render={(data) => <BarListChart data={data} format={fmtPct} max={100} />}
        />
        <ChartPanel
          title={t.dashboard.unitsView.clusterRanking(year)}
          model={clusterModel}
          summary={
            leadCluster === undefined
              ? undefined
              : t.dashboard.unitsView.clusterSentence(
                  clusterName(leadCluster.clusterId),
                  pct(leadCluster.passingShare),
                )
          }
          table={{
            columns: [
              t.dashboard.unitsView.rank,
              t.column.adminUnit,
              t.dashboard.unitsView.share,
              t.dashboard.unitsView.members,
              t.dashboard.unitsView.awards,
            ],
            rows: clusters.map((c) => [
              `${t.dashboard.unitsView.kind[c.kind]} ${c.rank}`,
              clusterName(c.clusterId),
              pct(c.passingShare),
              formatNumber(c.memberCount, locale),
              formatNumber(c.awards, locale),
            ]),
          }}
          render={(data) => <BarListChart data={data} format={fmtPct} max={100} />}
        />
      </div>
    </section>
  );
});
