import { compareVietnamese } from '../domain/text/compare-vietnamese';
import { compareText, formatNumber, formatPercent } from '../i18n/format';
import type { Locale } from '../i18n/locale';

/**
 * Builds the `Intl` objects a page's first render with data uses (number formats, collators), while the data set
 * is still on its way and the main thread has nothing to do: creating the first of each loads ICU's data for the
 * locale, and in the bench's CPU profile of the dashboard's first load (4× CPU) the collator and the first number
 * format were about 30 ms each of its longest task. Each is created once per page (src/i18n/format.ts memoises).
 */
export function warmIntl(locale: Locale): void {
  formatNumber(1234.5, locale);
  formatPercent(12.5, locale);
  compareText(locale)('a', 'b');
  compareVietnamese('a', 'b');
}
