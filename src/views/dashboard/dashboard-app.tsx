import { type ReactNode, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { evaluateYear } from '../../domain/evaluate-year';
import type { Dataset } from '../../domain/model';
import { summariseYear } from '../../domain/summarise-year';
import type { IndicatorFilter } from '../../domain/table/filter-indicator-rows';
import { indicatorRows } from '../../domain/table/indicator-rows';
import { yearsOf } from '../../domain/years-of';
import { formatDate } from '../../i18n/format';
import { useLocale, useMessages } from '../../ui/i18n-context';
import { PageShell } from '../../ui/page-shell';
import { useIdlePrelayout } from '../../ui/use-idle-prelayout';
import { setQuery, useQueryState } from '../../ui/use-query-state';
import { Staged, useStagingBusy } from '../../ui/use-staged-value';
import { useStepwiseBusy } from '../../ui/use-stepwise';
import { AwardsSection } from './awards-section';
import { DashboardControls } from './dashboard-controls';
import { PARAM, readDashboardParams } from './dashboard-params';
import { IndicatorDetail } from './indicator-detail';
import { IndicatorSection } from './indicator-section';
import { UnitsSection } from './units-section';
import { shownStatuses, YearOverview } from './year-overview';
import { YearsSection } from './years-section';

export interface DashboardAppProps {
  /** The data set to show: the published one, or the importer's merge of it with a local file. */
  published: Dataset;
  /** Put in the header's toolbar, beside the year and unit choices (the importer's “Nhập dữ liệu”). */
  toolbar?: ReactNode;
  /** Shown above the content (the importer's “local, unpublished data” banner). */
  banner?: ReactNode;
}

/** Where the blocks that `content-visibility: auto` skips are (src/styles/dashboard.css says which). */
const BELOW_BLOCKS = '.dashboard-section--below > *, .dashboard-section--below .dashboard-grid > *';

/**
 * The leadership dashboard at `/`: year overview, the indicator table with its detail, units and clusters,
 * years compared, emulation and commendation. All state is in the query string (see dashboard-params.ts).
 */
export function DashboardApp(props: DashboardAppProps) {
  const t = useMessages();
  const locale = useLocale();
  const dataset = props.published;
  const [query] = useQueryState();
  // The controls and the detail follow the URL at once; the sections follow `shownQuery`, which React moves
  // to the new URL in a transition (rendered in short interruptible slices), so a keystroke, a sort or a year
  // switch never holds the main thread for the whole page. `stale` is true while the sections lag behind.
  const shownQuery = useDeferredValue(query);
  // Charts then redraw one per task (ChartPanel's staged model), and a province's rankings are computed over
  // several tasks (src/ui/use-stepwise.ts); the view is busy until the last of them is done.
  const staging = useStagingBusy();
  const stepping = useStepwiseBusy();
  const stale = shownQuery !== query || staging || stepping;
  const urgent = useMemo(() => readDashboardParams(query), [query]);
  const params = useMemo(() => readDashboardParams(shownQuery), [shownQuery]);
  const years = useMemo(() => yearsOf(dataset), [dataset]);
  const pickYear = (wanted: number | undefined) =>
    wanted !== undefined && years.includes(wanted)
      ? wanted
      : years.includes(dataset.defaultYear)
        ? dataset.defaultYear
        : (years.at(-1) ?? dataset.defaultYear);
  const year = pickYear(params.year);
  const controlYear = pickYear(urgent.year);
  const unit = dataset.units.find((u) => u.id === params.unitId);
  const controlUnit = dataset.units.find((u) => u.id === urgent.unitId);

  const evaluated = useMemo(() => evaluateYear(dataset, year), [dataset, year]);
  const rows = useMemo(() => indicatorRows(dataset, year), [dataset, year]);
  const counts = useMemo(() => summariseYear(evaluated).counts, [evaluated]);
  const statuses = useMemo(() => shownStatuses(dataset, counts), [dataset, counts]);
  const statusKey = params.statuses.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: statusKey stands for params.statuses (a new array each read)
  const filter = useMemo<IndicatorFilter>(
    () => ({ statuses: params.statuses, group: params.group, search: params.search }),
    [statusKey, params.group, params.search],
  );
  // The sections below the table redraw one after another, each in a task of its own (src/ui/use-staged-value).
  const yearProps = useMemo(() => ({ dataset, year }), [dataset, year]);
  const unitsProps = useMemo(() => ({ dataset, year, unit }), [dataset, year, unit]);
  const open = urgent.indicator === undefined ? undefined : rows.find((r) => r.code === urgent.indicator);

  // Once the view has caught up, the first skipped blocks below the table (those a search that shrinks the table
  // brings into view) are laid out while the page is idle. Only those: the frame that lays out a group is one
  // task, and the larger groups further down took over 50 ms at 4× CPU slowdown; a reader scrolling to them
  // reveals them one at a time anyway.

  const view = useRef<HTMLDivElement>(null);
  const shown = useMemo(() => ({ ...unitsProps, locale }), [unitsProps, locale]);
  useIdlePrelayout(view, BELOW_BLOCKS, !stale, shown, 1);

  useEffect(() => {
    document.title = t.app.documentTitle(t.page.dashboard, dataset.organisation.shortName[locale]);
  }, [t, dataset, locale]);

  const keep = `?${PARAM.year}=${controlYear}`;
  return (
    <PageShell
      organisationName={dataset.organisation.shortName[locale]}
      title={t.page.dashboard}
      current="dashboard"
      links={{ dashboard: `./${keep}`, presentation: `./trinh-chieu/${keep}`, public: `./cong-khai/${keep}` }}
      headerExtra={
        <DashboardControls
          dataset={dataset}
          years={years}
          year={controlYear}
          unitId={controlUnit?.id}
          toolbar={props.toolbar}
        />
      }
      footer={
        <>
          {dataset.dataDate !== undefined && <p>{t.data.updated(formatDate(dataset.dataDate, locale))}</p>}
          <p>{t.footer.disclaimer}</p>
        </>
      }
    >
      {props.banner}
      <nav className="section-nav" aria-label={t.dashboard.sections}>
        <ul>
          <li>
            <a href="#tong-quan">{t.dashboard.overview}</a>
          </li>
          <li>
            <a href="#chi-tieu">{t.dashboard.indicators}</a>
          </li>
          <li>
            <a href="#don-vi">{t.dashboard.units}</a>
          </li>
          <li>
            <a href="#so-sanh-nam">{t.dashboard.years}</a>
          </li>
          <li>
            <a href="#thi-dua">{t.dashboard.awards}</a>
          </li>
        </ul>
      </nav>
      <div className="dashboard-view" ref={view} aria-busy={stale || undefined}>
        <YearOverview dataset={dataset} year={year} evaluated={evaluated} failChart={params.failChart} />
        <IndicatorSection dataset={dataset} year={year} rows={rows} statuses={statuses} filter={filter} />
        <Staged component={UnitsSection} props={unitsProps} />
        <Staged component={YearsSection} props={yearProps} />
        <Staged component={AwardsSection} props={yearProps} />
      </div>
      {urgent.indicator !== undefined && (
        <IndicatorDetail
          key={`${urgent.indicator}-${year}`}
          dataset={dataset}
          year={year}
          code={urgent.indicator}
          row={open}
          evaluated={evaluated.find((e) => e.indicator.code === urgent.indicator)}
          onClose={() => setQuery({ [PARAM.indicator]: undefined })}
        />
      )}
    </PageShell>
  );
}
