import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { indicatorHistory } from '../../domain/aggregate/indicator-history';
import { toChartModel } from '../../domain/chart-model';
import type { EvaluatedIndicator } from '../../domain/evaluate-year';
import type { Dataset } from '../../domain/model';
import type { IndicatorRow } from '../../domain/table/indicator-rows';
import { unitValues } from '../../domain/table/unit-values';
import { formatNumber, formatPercent, NO_VALUE } from '../../i18n/format';
import { formatActual, formatPerformance, formatPlan } from '../../tables/format-cells';
import { ChartPanel } from '../../ui/chart-panel';
import { useLocale, useMessages } from '../../ui/i18n-context';
import { SampleBadge } from '../../ui/sample-badge';
import { SourceCitation } from '../../ui/source-citation';
import { RowStatusBadge, StatusBadge } from '../../ui/status-badge';
import { ruleMessageKey } from './rule-message-key';

// recharts draws only this chart (a line over bars, with axes): loaded when a detail first opens, so the
// dashboard's first load does not carry it (see docs/decisions.md).
const HistoryChart = lazy(() =>
  import('../../charts/history-chart').then((m) => ({ default: m.HistoryChart })),
);

/**
 * One indicator in a modal dialog (`?chi-tieu=KT01`): status, plan and actual, the rule in plain words, its
 * history across years as a chart, per-unit values where the data has them, sub-measures and its source.
 * The native modal dialog keeps focus inside and closes on Escape; focus goes back to where it was.
 */
export function IndicatorDetail(props: {
  dataset: Dataset;
  year: number;
  code: string;
  row?: IndicatorRow;
  evaluated?: EvaluatedIndicator;
  onClose: () => void;
}) {
  const t = useMessages();
  const locale = useLocale();
  const ref = useRef<HTMLDialogElement>(null);
  const { dataset, row, code, year } = props;

  // The URL owns the dialog: it opens on mount and closes on unmount. Escape and the backdrop ask the URL to
  // drop `chi-tieu` (onCancel, not onClose, so the native close never races a remount).
  useEffect(() => {
    const dialog = ref.current;
    const previous = document.activeElement;
    if (dialog !== null && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, []);

  const history = useMemo(() => indicatorHistory(dataset, code), [dataset, code]);
  const historyModel = useMemo(
    () => toChartModel(history.map((h) => ({ year: String(h.year), plan: h.planValue, actual: h.actual }))),
    [history],
  );
  const perUnit = useMemo(() => unitValues(dataset, code, year), [dataset, code, year]);
  const source = dataset.sources.find((s) => s.id === row?.sourceId);
  const decimals = row?.decimals;
  const fmt = (n: number | undefined) => formatNumber(n, locale, decimals);
  const first = history.find((h) => h.actual !== undefined);
  const last = history.findLast((h) => h.actual !== undefined);
  const name = row?.name[locale] ?? code;

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: Escape closes the native dialog; the click is on the backdrop only
    <dialog
      ref={ref}
      className="indicator-detail"
      aria-labelledby="chi-tieu-chi-tiet"
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget) props.onClose();
      }}
    >
      <div className="indicator-detail__body">
        <div className="indicator-detail__head">
          <h2 id="chi-tieu-chi-tiet" className="indicator-detail__title">
            {row === undefined ? code : `${row.code}. ${name}`}
          </h2>
          <button type="button" className="indicator-detail__close" onClick={props.onClose}>
            {t.dashboard.detail.close}
          </button>
        </div>
        {row === undefined ? (
          <p>{t.dashboard.detail.notFound(code)}</p>
        ) : (
          <>
            <p className="indicator-detail__status">
              <RowStatusBadge row={row} /> {row.isSample && <SampleBadge />}
            </p>
            <h3 className="indicator-detail__subtitle">{t.dashboard.detail.planVsActual}</h3>
            <dl className="figures">
              <div>
                <dt>{t.column.unit}</dt>
                <dd>{row.unit[locale]}</dd>
              </div>
              <div>
                <dt>{t.column.plan}</dt>
                <dd>{formatPlan(row.plan, row.planText, row.decimals, t, locale)}</dd>
              </div>
              <div>
                <dt>{row.isEstimate ? t.data.estimate : t.column.actual}</dt>
                <dd>{formatActual(row, locale, t)}</dd>
              </div>
              <div>
                <dt>{t.column.percentOfPlan}</dt>
                <dd>{formatPerformance(row, locale)}</dd>
              </div>
            </dl>
            <h3 className="indicator-detail__subtitle">{t.dashboard.detail.rule}</h3>
            <p className="indicator-detail__rule">
              {t.rule[ruleMessageKey(row.rule, props.evaluated?.indicator.allowExceed ?? false)](
                formatPlan(row.plan, row.planText, row.decimals, t, locale),
                formatActual(row, locale, t),
                row.percentOfPlan === undefined ? NO_VALUE : formatPercent(row.percentOfPlan, locale),
                formatPercent(
                  (props.evaluated?.evaluation.tolerance ?? dataset.rules.tolerance) * 100,
                  locale,
                  2,
                ),
              )}
            </p>
            {row.mismatch && row.reportedStatus !== undefined && (
              <p className="indicator-detail__mismatch">
                {t.status.mismatch(t.status[row.reportedStatus], t.status[row.computedStatus])}
              </p>
            )}
            <ChartPanel
              title={t.dashboard.detail.history}
              headingLevel={3}
              model={historyModel}
              summary={
                first !== undefined && last !== undefined && first !== last
                  ? t.dashboard.detail.historySentence(
                      name,
                      fmt(first.actual),
                      fmt(last.actual),
                      first.year,
                      last.year,
                    )
                  : undefined
              }
              table={{
                columns: [t.column.year, t.column.plan, t.column.actual, t.column.status],
                rows: history.map((h) => [
                  String(h.year),
                  formatPlan(h.plan, '', row.decimals, t, locale),
                  fmt(h.actual),
                  t.status[h.status],
                ]),
              }}
              render={(data) => (
                <Suspense fallback={<p className="chart-panel__message">{t.load.loading}</p>}>
                  <HistoryChart
                    data={data}
                    planLabel={t.column.plan}
                    actualLabel={t.column.actual}
                    format={(v) => formatNumber(v, locale)}
                  />
                </Suspense>
              )}
            />
            {props.evaluated !== undefined && props.evaluated.children.length > 0 && (
              <>
                <h3 className="indicator-detail__subtitle">{t.dashboard.detail.subMeasures}</h3>
                <div className="table-scroll">
                  <table className="data-table">
                    <thead>
                      <tr>
                        <th scope="col">{t.column.indicator}</th>
                        <th scope="col">{t.column.plan}</th>
                        <th scope="col" className="number">
                          {t.column.actual}
                        </th>
                        <th scope="col">{t.column.status}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {props.evaluated.children.map((c) => (
                        <tr key={c.indicator.code}>
                          <th scope="row">{c.indicator.name[locale]}</th>
                          <td>
                            {formatPlan(
                              c.result?.plan,
                              c.result?.planText ?? '',
                              c.indicator.decimals,
                              t,
                              locale,
                            )}
                          </td>
                          <td className="number">
                            {formatNumber(c.result?.actual.value, locale, c.indicator.decimals)}
                          </td>
                          <td>
                            <StatusBadge status={c.evaluation.status} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
            <h3 className="indicator-detail__subtitle">{t.dashboard.detail.perUnit}</h3>
            {perUnit.length === 0 ? (
              <p>{t.dashboard.detail.perUnitNone}</p>
            ) : (
              <div className="table-scroll">
                <table className="data-table" data-testid="per-unit">
                  <thead>
                    <tr>
                      <th scope="col">{t.column.adminUnit}</th>
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
                    {perUnit.map((u) => (
                      <tr key={u.unitId}>
                        <th scope="row">{u.name}</th>
                        <td className="number">
                          {formatPlan(u.row.plan, u.row.planText, u.row.decimals, t, locale)}
                        </td>
                        <td className="number">{formatActual(u.row, locale, t)}</td>
                        <td>
                          <StatusBadge status={u.row.status} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {source !== undefined ? (
              <SourceCitation source={source} />
            ) : (
              <p className="source-citation">{t.source.none}</p>
            )}
          </>
        )}
      </div>
    </dialog>
  );
}
