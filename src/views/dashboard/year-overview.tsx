import { memo, useMemo } from 'react';
import { BarListChart } from '../../charts/bar-list-chart';
import { STATUS_COLOR } from '../../charts/chart-colors';
import { FailingChart } from '../../charts/failing-chart';
import { GroupedBarChart } from '../../charts/grouped-bar-chart';
import { countsByGroup } from '../../domain/aggregate/counts-by-group';
import { toChartModel } from '../../domain/chart-model';
import type { EvaluatedIndicator } from '../../domain/evaluate-year';
import type { Dataset, Status } from '../../domain/model';
import { summariseYear } from '../../domain/summarise-year';
import { formatNumber } from '../../i18n/format';
import { ChartPanel } from '../../ui/chart-panel';
import { useLocale, useMessages } from '../../ui/i18n-context';
import { SampleBadge } from '../../ui/sample-badge';
import { SourceCitation } from '../../ui/source-citation';
import { StatusIcon } from '../../ui/status-badge';

/**
 * The statuses to show for some counts: vượt, đạt and không đạt always; cơ bản đạt when the dataset uses it or a
 * row carries it; chưa có số liệu only when some indicator has none.
 */
export function shownStatuses(dataset: Dataset, ...counts: Record<Status, number>[]): Status[] {
  const all: Status[] = ['exceeded', 'met', 'basicallyMet', 'notMet', 'noData'];
  const any = (s: Status) => counts.some((c) => c[s] > 0);
  return all.filter(
    (s) =>
      (s !== 'basicallyMet' && s !== 'noData') ||
      any(s) ||
      (s === 'basicallyMet' && dataset.rules.basicallyMet.enabled),
  );
}

/**
 * The year at a glance: “38 chỉ tiêu: 27 vượt, 11 đạt, 0 không đạt” with the report it is cited to, a tile per
 * status, the count of reported-vs-computed mismatches, and the status and group charts.
 */
export const YearOverview = memo(function YearOverview(props: {
  dataset: Dataset;
  year: number;
  evaluated: readonly EvaluatedIndicator[];
  failChart: boolean;
}) {
  const t = useMessages();
  const locale = useLocale();
  const { dataset, year, evaluated } = props;
  const summary = useMemo(() => summariseYear(evaluated), [evaluated]);
  const { counts, total } = summary;
  const published = dataset.publishedSummaries.find((p) => p.year === year);
  const publishedSource = dataset.sources.find((s) => s.id === published?.sourceId);
  const matches =
    published !== undefined &&
    published.total === total &&
    published.exceeded === counts.exceeded &&
    published.met === counts.met &&
    published.notMet === counts.notMet;
  const statuses = useMemo(() => shownStatuses(dataset, counts), [dataset, counts]);
  const statusModel = useMemo(
    () =>
      toChartModel(
        total === 0
          ? []
          : statuses.map((s) => ({ key: s, label: t.status[s], value: counts[s], color: STATUS_COLOR[s] })),
      ),
    [statuses, counts, total, t],
  );
  const groups = useMemo(() => countsByGroup(evaluated, dataset.groups), [evaluated, dataset.groups]);
  const groupModel = useMemo(
    () =>
      toChartModel(
        groups.map((g) => ({
          category: g.group.name[locale],
          ...Object.fromEntries(statuses.map((s) => [s, g.counts[s]])),
        })),
      ),
    [groups, locale, statuses],
  );
  const isSample = evaluated.some((e) => e.indicator.isSample || e.result?.isSample);
  const fmt = (n: number) => formatNumber(n, locale);

  return (
    <section className="dashboard-section overview" aria-labelledby="tong-quan">
      <h2 id="tong-quan" className="dashboard-section__title">
        {t.dashboard.headlineYear(year)}
      </h2>
      {total === 0 ? (
        <NoYear dataset={dataset} year={year} />
      ) : (
        <>
          <div className="overview__headline-row">
            <p className="overview__headline" data-testid="headline">
              {t.dashboard.headline(total, counts.exceeded, counts.met, counts.notMet)}
            </p>
            {published !== undefined && (
              <div className="overview__published">
                <p className={matches ? 'overview__match' : 'overview__differs'}>
                  {matches ? t.dashboard.publishedMatches : t.summary.differsFromPublished}{' '}
                  {!matches &&
                    `${t.summary.published}: ${t.dashboard.headline(published.total, published.exceeded, published.met, published.notMet)}`}
                </p>
                {publishedSource !== undefined && <SourceCitation source={publishedSource} />}
              </div>
            )}
          </div>
          <ul className="status-tiles" aria-label={t.status.legend}>
            {statuses.map((s) => (
              <li key={s} className={`status-tile status-tile--${s}`} data-status={s}>
                <span className="status-tile__count">{fmt(counts[s])}</span>
                <span className="status-tile__label">
                  <StatusIcon status={s} /> {t.status[s]}
                </span>
              </li>
            ))}
            <li
              className={`status-tile status-tile--mismatch${summary.mismatches > 0 ? ' status-tile--alert' : ''}`}
            >
              <span className="status-tile__count" data-testid="mismatches">
                {fmt(summary.mismatches)}
              </span>
              <span className="status-tile__label">{t.dashboard.mismatchesLabel}</span>
            </li>
          </ul>
          <p className="overview__mismatch-note">
            {t.dashboard.mismatches(summary.mismatches)}
            {counts.noData > 0 && ` ${t.dashboard.noDataCount(counts.noData)}. ${t.data.estimateNote}`}
          </p>
          {isSample && <SampleBadge explain />}
          <div className="dashboard-grid">
            <ChartPanel
              title={t.dashboard.statusChart}
              model={statusModel}
              summary={t.summary.sentence(year, counts.exceeded, total)}
              table={{
                columns: [t.column.status, t.dashboard.count],
                rows: statuses.map((s) => [t.status[s], fmt(counts[s])]),
              }}
              render={(data) =>
                props.failChart ? <FailingChart /> : <BarListChart data={data} format={fmt} />
              }
            />
            <ChartPanel
              title={t.dashboard.groupChart}
              model={groupModel}
              summary={groups
                .map((g) =>
                  t.dashboard.groupSentence(
                    g.group.name[locale],
                    g.counts.exceeded,
                    g.counts.met,
                    g.counts.notMet,
                  ),
                )
                .join('; ')}
              table={{
                columns: [t.column.group, ...statuses.map((s) => t.status[s])],
                rows: groups.map((g) => [g.group.name[locale], ...statuses.map((s) => fmt(g.counts[s]))]),
              }}
              render={(data) => (
                <GroupedBarChart
                  data={data}
                  series={statuses.map((s) => ({ key: s, label: t.status[s], color: STATUS_COLOR[s] }))}
                  format={fmt}
                />
              )}
            />
          </div>
        </>
      )}
    </section>
  );
});

/**
 * The overview of a year with no figures for the organisation itself. A file of per-commune rows only (a
 * province's) gives such a year: then say how many units have figures, and where they are shown.
 */
function NoYear(props: { dataset: Dataset; year: number }) {
  const t = useMessages();
  const { dataset, year } = props;
  const units = useMemo(() => {
    const ids = new Set<string>();
    for (const r of dataset.results)
      if (r.year === year && r.unitId !== undefined && r.unitId !== dataset.organisation.unitId)
        ids.add(r.unitId);
    return ids.size;
  }, [dataset, year]);
  if (units === 0) return <p className="overview__empty">{t.dashboard.noYear}</p>;
  return (
    <p className="overview__empty">
      {t.dashboard.noYearUnits(units)} <a href="#don-vi">{t.dashboard.units}</a>
    </p>
  );
}
