import { statusCountsByYear, type YearStatusCounts } from '../aggregate/status-counts-by-year';
import { type AwardCount, awardCounts } from '../awards/award-counts';
import { type EvaluatedIndicator, evaluateYear } from '../evaluate-year';
import type { Dataset, IndicatorGroup, Status } from '../model';
import { countByStatus } from '../status/count-by-status';
import { summariseYear } from '../summarise-year';
import { paginate } from './paginate';

export interface DeckOptions {
  year: number;
  /** A unit id; undefined = the organisation's own rows. An id the data does not know gives empty slides. */
  unitId?: string;
  /** Most table rows a slide may hold; longer lists are split into “(1/2)”, “(2/2)” slides. */
  rowsPerSlide: number;
  /** How many indicators the “best over plan” slide lists. */
  bestCount: number;
}

/** Where a slide's figures come from: the source ids behind them, and whether any of them is sample data. */
export interface SlideBasis {
  sourceIds: string[];
  isSample: boolean;
}

export type DeckSlideContent =
  | { kind: 'title' }
  /** `published`: the counts are the report's (real); otherwise computed from the rows. */
  | {
      kind: 'glance';
      total: number;
      counts: Record<Status, number>;
      published: boolean;
      /** Indicators judged on an estimate (ước thực hiện). */
      estimates: number;
    }
  | { kind: 'group'; group: IndicatorGroup; rows: EvaluatedIndicator[]; part: number; parts: number }
  /** Indicators not met or basically met; `noData` counts those without a result to judge. */
  | { kind: 'behind'; rows: EvaluatedIndicator[]; part: number; parts: number; noData: number }
  | { kind: 'best'; rows: EvaluatedIndicator[] }
  | { kind: 'years'; years: YearStatusCounts[] }
  | { kind: 'awardsByTitle'; counts: AwardCount[]; published: boolean }
  | { kind: 'awardsByCluster'; counts: AwardCount[] }
  | { kind: 'closing' };

export type DeckSlide = DeckSlideContent & SlideBasis;

export interface Deck {
  year: number;
  unitId?: string;
  /** ISO date of the year-end conference, when a real source gives it (the report's date). */
  conferenceDate?: string;
  /** The newest `asOf` of the year's rows for the unit, else the data set's date. */
  dataDate?: string;
  slides: DeckSlide[];
}

const BEHIND: readonly Status[] = ['notMet', 'basicallyMet'];

/**
 * The slides of a year-end meeting deck, in order: title, the year at a glance, one slide per indicator group
 * (split by `rowsPerSlide`), the targets behind plan (one slide even when there are none), the best over plan
 * (higher-is-better indicators marked vượt, by % of plan), the year against earlier years, awards by title and
 * by cluster, closing. Codes and figures only; the view turns them into words.
 * The glance and award-title slides use the published (real) figures when a report gives them for the whole
 * organisation that year; a unit's deck always uses its own rows.
 */
export function planDeck(dataset: Dataset, options: DeckOptions): Deck {
  const { year, unitId, rowsPerSlide, bestCount } = options;
  const evaluated = evaluateYear(dataset, year, unitId);
  const rowsOfYear = dataset.results.filter((r) => r.year === year && r.unitId === unitId);
  const published =
    unitId === undefined ? dataset.publishedSummaries.find((s) => s.year === year) : undefined;
  const publishedAwards =
    unitId === undefined ? dataset.publishedAwardCounts.filter((a) => a.year === year) : [];
  const reportId = published?.sourceId ?? publishedAwards[0]?.sourceId;
  const conferenceDate = dataset.sources.find((s) => s.id === reportId && !s.isSample)?.publishedAt;
  const asOfDates = rowsOfYear.map((r) => r.asOf).filter((d): d is string => d !== undefined);
  const dataDate = asOfDates.length > 0 ? asOfDates.sort().at(-1) : dataset.dataDate;

  const slides: DeckSlide[] = [];
  slides.push({ kind: 'title', ...basisOfIds(dataset, reportId === undefined ? [] : [reportId]) });
  slides.push(glanceSlide(dataset, evaluated, published));
  for (const { group, rows } of byGroup(dataset, evaluated)) {
    const pages = paginate(rows, rowsPerSlide);
    pages.forEach((page, i) => {
      slides.push({
        kind: 'group',
        group,
        rows: page,
        part: i + 1,
        parts: pages.length,
        ...basisOfRows(page),
      });
    });
  }
  const behind = evaluated.filter((e) => BEHIND.includes(e.evaluation.status));
  const noData = evaluated.filter((e) => e.evaluation.status === 'noData').length;
  const behindPages = behind.length === 0 ? [[]] : paginate(behind, rowsPerSlide);
  // “All targets met” is the report's own claim when it published 0 không đạt for the year.
  const noneBehindBasis =
    published?.notMet === 0 ? basisOfIds(dataset, [published.sourceId]) : basisOfRows(evaluated);
  behindPages.forEach((page, i) => {
    const basis = page.length === 0 ? noneBehindBasis : basisOfRows(page);
    slides.push({ kind: 'behind', rows: page, part: i + 1, parts: behindPages.length, noData, ...basis });
  });
  const best = bestOverPlan(evaluated, bestCount);
  slides.push({ kind: 'best', rows: best, ...basisOfRows(best.length === 0 ? evaluated : best) });
  slides.push(yearsSlide(dataset, year, unitId));
  slides.push(awardsByTitleSlide(dataset, year, unitId, publishedAwards));
  const yearAwards = dataset.awards.filter((a) => a.year === year);
  slides.push({
    kind: 'awardsByCluster',
    counts: awardCounts(dataset, { year, by: 'cluster' }),
    ...basisOf(yearAwards),
  });
  slides.push({ kind: 'closing', sourceIds: [], isSample: false });
  return { year, unitId, conferenceDate, dataDate, slides };
}

function glanceSlide(
  dataset: Dataset,
  evaluated: EvaluatedIndicator[],
  published: Dataset['publishedSummaries'][number] | undefined,
): DeckSlide {
  // Estimates of something: a row marked estimate with nothing to judge yet is counted as no data, not here.
  const estimates = evaluated.filter((e) => e.result?.isEstimate && e.evaluation.status !== 'noData').length;
  if (published !== undefined) {
    const counts = countByStatus([]);
    counts.exceeded = published.exceeded;
    counts.met = published.met;
    counts.notMet = published.notMet;
    counts.noData = Math.max(0, published.total - published.exceeded - published.met - published.notMet);
    return {
      kind: 'glance',
      total: published.total,
      counts,
      published: true,
      estimates,
      ...basisOfIds(dataset, [published.sourceId]),
    };
  }
  const { total, counts } = summariseYear(evaluated);
  return { kind: 'glance', total, counts, published: false, estimates, ...basisOfRows(evaluated) };
}

function byGroup(
  dataset: Dataset,
  evaluated: EvaluatedIndicator[],
): { group: IndicatorGroup; rows: EvaluatedIndicator[] }[] {
  const groups = [...dataset.groups].sort((a, b) => a.order - b.order);
  const known = new Set(groups.map((g) => g.code));
  const result = groups.map((group) => ({
    group,
    rows: evaluated.filter((e) => e.indicator.group === group.code),
  }));
  const unknown = [...new Set(evaluated.map((e) => e.indicator.group).filter((code) => !known.has(code)))];
  for (const code of unknown) {
    const group = { code, name: { vi: code, en: code }, order: Number.POSITIVE_INFINITY };
    result.push({ group, rows: evaluated.filter((e) => e.indicator.group === code) });
  }
  return result.filter((g) => g.rows.length > 0);
}

/** Higher-is-better indicators marked vượt with a % of plan, highest first (ties keep catalogue order). */
function bestOverPlan(evaluated: EvaluatedIndicator[], count: number): EvaluatedIndicator[] {
  return evaluated
    .filter(
      (e) =>
        e.evaluation.status === 'exceeded' &&
        e.indicator.direction === 'higher' &&
        e.evaluation.percentOfPlan !== undefined,
    )
    .sort((a, b) => (b.evaluation.percentOfPlan ?? 0) - (a.evaluation.percentOfPlan ?? 0))
    .slice(0, count);
}

function yearsSlide(dataset: Dataset, year: number, unitId: string | undefined): DeckSlide {
  const years = statusCountsByYear(dataset, unitId).filter((y) => y.year <= year);
  const rows = dataset.results.filter((r) => r.year <= year && r.unitId === unitId);
  return { kind: 'years', years, ...basisOf(rows) };
}

function awardsByTitleSlide(
  dataset: Dataset,
  year: number,
  unitId: string | undefined,
  published: Dataset['publishedAwardCounts'],
): DeckSlide {
  if (published.length > 0) {
    const order = new Map(dataset.awardTypes.map((t) => [t.code, t.order]));
    const at = (code: string) => order.get(code) ?? Number.POSITIVE_INFINITY;
    const counts = published
      .map((p) => ({ key: p.awardCode, count: p.count }))
      .sort((a, b) => (at(a.key) === at(b.key) ? 0 : at(a.key) < at(b.key) ? -1 : 1));
    const ids = [...new Set(published.map((p) => p.sourceId))];
    return { kind: 'awardsByTitle', counts, published: true, ...basisOfIds(dataset, ids) };
  }
  const awards = dataset.awards.filter(
    (a) => a.year === year && (unitId === undefined || a.unitId === unitId),
  );
  const counts = awardCounts({ ...dataset, awards }, { year, by: 'title' });
  return { kind: 'awardsByTitle', counts, published: false, ...basisOf(awards) };
}

function basisOfRows(rows: readonly EvaluatedIndicator[]): SlideBasis {
  return {
    sourceIds: distinct(rows.map((e) => e.result?.sourceId ?? e.indicator.sourceId)),
    isSample: rows.some((e) => e.indicator.isSample || e.result?.isSample === true),
  };
}

function basisOf(records: readonly { sourceId?: string; isSample: boolean }[]): SlideBasis {
  return { sourceIds: distinct(records.map((r) => r.sourceId)), isSample: records.some((r) => r.isSample) };
}

function basisOfIds(dataset: Dataset, ids: string[]): SlideBasis {
  const sources = dataset.sources.filter((s) => ids.includes(s.id));
  return { sourceIds: ids, isSample: sources.some((s) => s.isSample) };
}

function distinct(ids: (string | undefined)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}
