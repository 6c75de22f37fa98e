import { type CsvCell, csvOptionsFor, toCsv } from '../../data/export/to-csv';
import type { Dataset, Source } from '../../domain';
import { LOCALES, type Locale, messagesFor } from '../../i18n/locale';
import { formatActual, formatPlan } from './format-cells';
import { downloadName } from './public-links';
import { type PublicView, publicView } from './public-view';

/**
 * The table of a view as CSV for spreadsheets (shared `toCsv`: BOM, `;` and decimal comma in Vietnamese,
 * formulas neutralised): a header, then one line per indicator and sub-measure, each carrying its source
 * and whether it is illustrative sample data.
 */
export function publicCsv(view: PublicView, locale: Locale): string {
  const t = messagesFor(locale);
  const c = t.public.csvColumns;
  const header: CsvCell[] = [
    c.year,
    c.group,
    t.column.index,
    c.code,
    t.column.indicator,
    t.column.unit,
    t.column.plan,
    t.column.actual,
    t.column.percentOfPlan,
    c.status,
    t.column.status,
    c.estimate,
    t.sample.badge,
    t.source.label,
  ];
  const rows: CsvCell[][] = view.groups.flatMap((group) =>
    group.rows.map((row): CsvCell[] => [
      view.year,
      group.name[locale],
      row.number,
      row.code,
      row.name[locale],
      row.unit[locale],
      row.plan?.kind === 'value' ? row.plan.value : formatPlan(row.plan, row.planText, row.decimals, locale),
      row.actual?.value ?? formatActual(row.actual, row.decimals, locale),
      row.percentOfPlan === undefined ? undefined : Math.round(row.percentOfPlan * 10) / 10,
      row.status,
      t.status[row.status],
      row.isEstimate ? t.public.yes : t.public.no,
      row.isSample ? t.public.yes : t.public.no,
      sourceText(view, row.sourceId),
    ]),
  );
  return toCsv([header, ...rows], csvOptionsFor(locale));
}

function sourceText(view: PublicView, id: string | undefined): string | undefined {
  const source = view.sources.find((s) => s.id === id);
  return source === undefined ? id : `${source.title} (${source.publisher})`;
}

/**
 * Everything the page shows for a year as JSON: the status counts with their source (or `isSample`), each
 * indicator with its figures, status, source and `isSample`, the award totals likewise, and the sources.
 * Names are given in the page's language; codes and numbers are as in the data.
 */
export function publicJson(view: PublicView, locale: Locale): string {
  const t = messagesFor(locale);
  const source = (id: string | undefined): Source | null => view.sources.find((s) => s.id === id) ?? null;
  const data = {
    organisation: view.organisation.name[locale],
    year: view.year,
    language: locale,
    dataDate: view.dataDate ?? null,
    note: t.sample.explanation,
    summary: { ...view.summary, source: source(view.summary.sourceId) },
    indicators: view.groups.flatMap((group) =>
      group.rows.map((row) => ({
        group: group.name[locale],
        number: row.number,
        code: row.code,
        level: row.level,
        name: row.name[locale],
        unit: row.unit[locale],
        plan:
          row.plan?.kind === 'value'
            ? row.plan.value
            : formatPlan(row.plan, row.planText, row.decimals, locale),
        actual: row.actual?.value ?? formatActual(row.actual, row.decimals, locale),
        percentOfPlan: row.percentOfPlan ?? null,
        status: row.status,
        statusLabel: t.status[row.status],
        isEstimate: row.isEstimate,
        isSample: row.isSample,
        source: source(row.sourceId),
      })),
    ),
    awards: view.awards.map((a) => ({
      code: a.code,
      name: a.name[locale],
      count: a.count,
      isSample: a.isSample,
      source: source(a.sourceId),
    })),
    sources: view.sources,
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

export interface EmittedFile {
  /** Path in dist/, from the site root. */
  fileName: string;
  source: string;
}

/** The CSV and JSON downloads of every year and language, as files next to the page (`cong-khai/…`). */
export function publicDownloads(dataset: Dataset, pageDir: string): EmittedFile[] {
  return [...new Set([...publicView(dataset, dataset.defaultYear).years, dataset.defaultYear])].flatMap(
    (year) => {
      const view = publicView(dataset, year);
      return LOCALES.flatMap((locale) => [
        { fileName: `${pageDir}${downloadName(year, locale, 'csv')}`, source: publicCsv(view, locale) },
        { fileName: `${pageDir}${downloadName(year, locale, 'json')}`, source: publicJson(view, locale) },
      ]);
    },
  );
}
