import type { Plan } from '../domain/model';
import type { IndicatorRow } from '../domain/table/indicator-rows';
import { formatNumber, formatPercent, formatPoints, NO_VALUE } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import type { Messages } from '../i18n/vi';

/** A plan in the reader's language: `≥ 30`, `6,6 – 6,8`, `khoảng 4`, `Hoàn thành`; the sheet's text when unparsed. */
export function formatPlan(
  plan: Plan | undefined,
  planText: string,
  decimals: number,
  t: Messages,
  locale: Locale,
): string {
  const n = (v: number) => formatNumber(v, locale, decimals);
  switch (plan?.kind) {
    case 'value':
      return n(plan.value);
    case 'min':
      return t.dashboard.plan.min(n(plan.value));
    case 'max':
      return t.dashboard.plan.max(n(plan.value));
    case 'band':
      return t.dashboard.plan.band(n(plan.min), n(plan.max));
    case 'approx':
      return t.dashboard.plan.approx(n(plan.value));
    case 'boolean':
      return t.dashboard.plan.done;
    case 'vsBaseline':
      return plan.change === 'decrease' ? t.dashboard.plan.decrease : t.dashboard.plan.increase;
    default:
      return planText.trim() === '' ? NO_VALUE : planText;
  }
}

/** An actual: the number with the indicator's decimals, done / not done in words, else the sheet's text, else “–”. */
export function formatActual(
  row: Pick<IndicatorRow, 'actual' | 'actualText' | 'decimals' | 'done'>,
  locale: Locale,
  t: Messages,
): string {
  if (row.actual !== undefined) return formatNumber(row.actual, locale, row.decimals);
  if (row.done !== undefined) return row.done ? t.dashboard.plan.done : t.dashboard.plan.notDone;
  return row.actualText.trim() === '' ? NO_VALUE : row.actualText;
}

/** Percent indicators compare in points (“+1,2 điểm %”), others as a percentage of plan (“105,3%”). */
export function formatPerformance(
  row: Pick<IndicatorRow, 'valueType' | 'deltaPoints' | 'percentOfPlan'>,
  locale: Locale,
): string {
  return row.valueType === 'percent'
    ? formatPoints(row.deltaPoints, locale)
    : formatPercent(row.percentOfPlan, locale);
}
