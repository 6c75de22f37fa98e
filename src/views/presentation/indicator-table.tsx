import type { EvaluatedIndicator } from '../../domain/evaluate-year';
import { formatNumber, formatPercent, NO_VALUE } from '../../i18n/format';
import type { Locale } from '../../i18n/locale';
import { useLocale, useMessages } from '../../ui/i18n-context';
import { DeckStatus } from './deck-status';

/** The plan as the room should read it: numbers in the locale's format, other plans as the sheet wrote them. */
export function planText(e: EvaluatedIndicator, locale: Locale): string {
  const plan = e.result?.plan;
  if (plan?.kind === 'value') return formatNumber(plan.value, locale, e.indicator.decimals);
  const text = e.result?.planText.trim() ?? '';
  return text === '' ? NO_VALUE : text;
}

/** The actual: a number in the locale's format, else the cell as written (“hoàn thành”), else “–”. */
export function actualText(e: EvaluatedIndicator, locale: Locale): string {
  const actual = e.result?.actual;
  if (actual?.value !== undefined) return formatNumber(actual.value, locale, e.indicator.decimals);
  const text = actual?.text.trim() ?? '';
  return text === '' ? NO_VALUE : text;
}

/** Plans written in words (“giảm so với năm trước”, “hoàn thành”) may wrap; numbers never do. */
function isWordy(e: EvaluatedIndicator): boolean {
  const kind = e.result?.plan?.kind;
  return kind === undefined || kind === 'boolean' || kind === 'vsBaseline';
}

/** A compact table of indicators for a slide: name (unit), plan, actual, % of plan, status (icon + word). */
export function IndicatorTable(props: { rows: readonly EvaluatedIndicator[]; caption: string }) {
  const t = useMessages();
  const locale = useLocale();
  return (
    <table className="deck-table">
      <caption className="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.column.indicator}</th>
          <th scope="col" className="deck-table__number">
            {t.column.plan}
          </th>
          <th scope="col" className="deck-table__number">
            {t.column.actual}
          </th>
          <th scope="col" className="deck-table__number">
            {t.column.percentOfPlan}
          </th>
          <th scope="col">{t.column.status}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((e) => (
          <tr key={e.indicator.code}>
            <th scope="row" className="deck-table__name">
              {e.indicator.name[locale]}
              {e.indicator.unit[locale].trim() !== '' && (
                <span className="deck-table__unit"> ({e.indicator.unit[locale]})</span>
              )}
            </th>
            <td className={isWordy(e) ? 'deck-table__number deck-table__words' : 'deck-table__number'}>
              {planText(e, locale)}
            </td>
            <td
              className={
                e.result?.actual.value === undefined
                  ? 'deck-table__number deck-table__words'
                  : 'deck-table__number'
              }
            >
              {actualText(e, locale)}
            </td>
            <td className="deck-table__number">{formatPercent(e.evaluation.percentOfPlan, locale)}</td>
            <td>
              <DeckStatus status={e.evaluation.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
