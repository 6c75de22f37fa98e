import type { Actual, Plan } from '../../domain';
import { formatNumber } from '../../i18n/format';
import { type Locale, messagesFor } from '../../i18n/locale';

/**
 * A plan as the page shows it. Vietnamese keeps the clerk's own cell (`≥ 6`, `12,5`) when there is one, since
 * the sheet is the record; English is written from the parsed plan. “–” when there is no plan at all.
 */
export function formatPlan(
  plan: Plan | undefined,
  planText: string,
  decimals: number,
  locale: Locale,
): string {
  if (locale === 'vi' && planText.trim() !== '') return planText.trim();
  if (plan === undefined) return planText.trim() === '' ? formatNumber(undefined, locale) : planText.trim();
  const t = messagesFor(locale).public;
  const n = (v: number) => formatNumber(v, locale, decimals);
  switch (plan.kind) {
    case 'value':
      return n(plan.value);
    case 'min':
      return t.planMin(n(plan.value));
    case 'max':
      return t.planMax(n(plan.value));
    case 'band':
      return t.planBand(n(plan.min), n(plan.max));
    case 'approx':
      return t.planApprox(n(plan.value));
    case 'boolean':
      return t.planBoolean;
    case 'vsBaseline':
      return plan.change === 'decrease' ? t.planDecrease : t.planIncrease;
  }
}

/** An actual: the number in the locale's format, done / not done, the cell as written, or “–” for no data. */
export function formatActual(actual: Actual | undefined, decimals: number, locale: Locale): string {
  if (actual === undefined) return formatNumber(undefined, locale);
  if (actual.value !== undefined) return formatNumber(actual.value, locale, decimals);
  const t = messagesFor(locale).public;
  if (actual.done !== undefined) return actual.done ? t.done : t.notDone;
  return actual.text.trim() === '' ? formatNumber(undefined, locale) : actual.text.trim();
}
