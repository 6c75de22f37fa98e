import type { CsvCell } from '../data/export/to-csv';
import type { IndicatorGroup } from '../domain/model';
import type { IndicatorRow } from '../domain/table/indicator-rows';
import type { Locale } from '../i18n/locale';
import type { Messages } from '../i18n/vi';
import { formatPlan } from './format-cells';

/**
 * The table as the reader sees it, for CSV and XLSX: a header row, then one row per indicator shown, in the
 * order given. Figures stay numbers (plan value, actual, % of plan, points) so a spreadsheet can compute with
 * them; words are in the reader's language.
 */
export function indicatorExportRows(
  rows: readonly IndicatorRow[],
  groups: readonly IndicatorGroup[],
  t: Messages,
  locale: Locale,
): CsvCell[][] {
  const groupName = new Map(groups.map((g) => [g.code, g.name[locale]]));
  const header = [
    t.column.index,
    t.column.group,
    t.column.indicator,
    t.column.unit,
    t.column.plan,
    t.column.actual,
    t.column.percentOfPlan,
    t.format.points(''),
    t.column.status,
    t.data.estimate,
    t.dashboard.sampleColumn,
  ].map((h) => h.trim());
  return [
    header,
    ...rows.map((row): CsvCell[] => [
      row.code,
      groupName.get(row.groupCode) ?? row.groupCode,
      row.name[locale],
      row.unit[locale],
      formatPlan(row.plan, row.planText, row.decimals, t, locale),
      row.actual ?? (row.actualText.trim() === '' ? undefined : row.actualText),
      row.valueType === 'percent' ? undefined : round(row.percentOfPlan),
      row.valueType === 'percent' ? round(row.deltaPoints) : undefined,
      t.status[row.status],
      row.isEstimate ? t.dashboard.yes : t.dashboard.no,
      row.isSample ? t.dashboard.yes : t.dashboard.no,
    ]),
  ];
}

/** Two decimals are plenty for a ratio; full float noise (105.26315789…) is not what the table shows. */
function round(n: number | undefined): number | undefined {
  return n === undefined || !Number.isFinite(n) ? undefined : Math.round(n * 100) / 100 + 0; // + 0 turns -0 into 0
}
