import {
  type Actual,
  awardTotalsByTitle,
  type Dataset,
  type EvaluatedIndicator,
  evaluateYear,
  type Organisation,
  type Plan,
  type Source,
  type Status,
  summariseYear,
  type Text2,
  yearsOf,
} from '../../domain';

/** One row of the public table: a top-level indicator (level 0) or a sub-measure of a composite (level 1). */
export interface PublicRow {
  code: string;
  level: 0 | 1;
  /** “1”, “2”… within its group; sub-measures “5.1”, “5.2”. */
  number: string;
  name: Text2;
  unit: Text2;
  plan?: Plan;
  planText: string;
  actual?: Actual;
  decimals: number;
  percentOfPlan?: number;
  status: Status;
  isEstimate: boolean;
  isSample: boolean;
  sourceId?: string;
}

export interface PublicGroup {
  code: string;
  name: Text2;
  rows: PublicRow[];
}

/** A status count; `published` when a report printed it (real, cited), else computed from the rows. */
export interface PublicSummary {
  total: number;
  exceeded: number;
  met: number;
  basicallyMet: number;
  notMet: number;
  noData: number;
  /** The report's source id when these figures are the published ones. */
  sourceId?: string;
  /** False only for published figures. */
  isSample: boolean;
}

export interface PublicAward {
  code: string;
  name: Text2;
  count: number;
  sourceId?: string;
  isSample: boolean;
}

/** Everything the public page shows for one year, as plain data (no formatted text): the page, the downloads
 * and the change check all derive from it. */
export interface PublicView {
  year: number;
  years: number[];
  defaultYear: number;
  organisation: Organisation;
  dataDate?: string;
  summary: PublicSummary;
  /** The summary computed from the rows, even when a published one exists (to show any difference). */
  computed: PublicSummary;
  groups: PublicGroup[];
  awards: PublicAward[];
  sources: Source[];
}

/** The year to show: `requested` when the data has it, else the data set's default year. */
export function pickYear(dataset: Dataset, requested: number | undefined): number {
  const years = yearsOf(dataset);
  if (requested !== undefined && years.includes(requested)) return requested;
  return dataset.defaultYear;
}

/**
 * The public page's data for `year` (the organisation's own rows): the status counts (the published report's
 * when there is one), the indicators by group with their sub-measures, the award totals by title (published
 * counts where the report gives them, the award records otherwise) and the sources.
 */
export function publicView(dataset: Dataset, year: number): PublicView {
  const evaluated = evaluateYear(dataset, year);
  const { total, counts } = summariseYear(evaluated);
  const rowsSample = evaluated.length === 0 || evaluated.some((e) => rowOf(e, 0, '').isSample);
  const computed: PublicSummary = { total, ...counts, isSample: rowsSample };
  const published = dataset.publishedSummaries.find((p) => p.year === year);
  const summary: PublicSummary = published
    ? {
        total: published.total,
        exceeded: published.exceeded,
        met: published.met,
        basicallyMet: 0,
        notMet: published.notMet,
        noData: 0,
        sourceId: published.sourceId,
        isSample: false,
      }
    : computed;

  const groups = [...dataset.groups]
    .sort((a, b) => a.order - b.order)
    .map((group): PublicGroup => {
      const rows: PublicRow[] = [];
      evaluated
        .filter((e) => e.indicator.group === group.code)
        .forEach((e, i) => {
          rows.push(rowOf(e, 0, String(i + 1)));
          e.children.forEach((child, j) => {
            rows.push(rowOf(child, 1, `${i + 1}.${j + 1}`));
          });
        });
      return { code: group.code, name: group.name, rows };
    })
    .filter((group) => group.rows.length > 0);

  const view: PublicView = {
    year,
    years: yearsOf(dataset),
    defaultYear: dataset.defaultYear,
    organisation: dataset.organisation,
    summary,
    computed,
    groups,
    awards: awardsOf(dataset, year),
    sources: dataset.sources,
  };
  if (dataset.dataDate !== undefined) view.dataDate = dataset.dataDate;
  return view;
}

function rowOf(e: EvaluatedIndicator, level: 0 | 1, number: string): PublicRow {
  const { indicator, result, evaluation } = e;
  const row: PublicRow = {
    code: indicator.code,
    level,
    number,
    name: indicator.name,
    unit: indicator.unit,
    planText: result?.planText ?? '',
    decimals: indicator.decimals,
    status: evaluation.status,
    isEstimate: result?.isEstimate ?? false,
    isSample: (result?.isSample ?? true) || indicator.isSample,
  };
  if (result?.plan !== undefined) row.plan = result.plan;
  if (result !== undefined) row.actual = result.actual;
  if (evaluation.percentOfPlan !== undefined) row.percentOfPlan = evaluation.percentOfPlan;
  const sourceId = result?.sourceId ?? indicator.sourceId;
  if (sourceId !== undefined) row.sourceId = sourceId;
  return row;
}

function awardsOf(dataset: Dataset, year: number): PublicAward[] {
  const published = new Map(
    dataset.publishedAwardCounts.filter((p) => p.year === year).map((p) => [p.awardCode, p]),
  );
  const records = awardTotalsByTitle(dataset, year);
  return [...dataset.awardTypes]
    .sort((a, b) => a.order - b.order)
    .flatMap((type): PublicAward[] => {
      const real = published.get(type.code);
      if (real)
        return [
          { code: type.code, name: type.name, count: real.count, sourceId: real.sourceId, isSample: false },
        ];
      const count = records.get(type.code);
      return count === undefined ? [] : [{ code: type.code, name: type.name, count, isSample: true }];
    });
}

/** Number of table rows (indicators and sub-measures) in a view. */
export function rowCount(view: PublicView): number {
  return view.groups.reduce((n, g) => n + g.rows.length, 0);
}
