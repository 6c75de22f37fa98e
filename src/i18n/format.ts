/**
 * Locale-aware number and date formatting with one memoised `Intl` formatter per locale and option set.
 * Every function formats `undefined` (and NaN, ±Infinity, unparseable dates) as “–” (an en dash), never as 0.
 *
 * date-fns is not used: `Intl` covers every format here without adding bytes.
 */
import { intlLocale, type Locale, messagesFor } from './locale';

/** What a missing value looks like on screen. */
export const NO_VALUE = '–';

/**
 * Dates and times of the data are Vietnamese office dates and times, so they are shown in Vietnam time
 * whatever the reader's clock says.
 */
export const DISPLAY_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const collators = new Map<Locale, Intl.Collator>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(intlLocale(locale), options);
    numberFormats.set(key, format);
  }
  return format;
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(intlLocale(locale), options);
    dateFormats.set(key, format);
  }
  return format;
}

function digits(decimals: number | undefined): Intl.NumberFormatOptions {
  return decimals === undefined
    ? { maximumFractionDigits: 3 }
    : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
}

function isFiniteNumber(n: number | undefined): n is number {
  return n !== undefined && Number.isFinite(n);
}

/**
 * `1234.5` → `1.234,5` (vi) or `1,234.5` (en). With `decimals`, exactly that many fraction digits;
 * without, up to three and no trailing zeros.
 */
export function formatNumber(n: number | undefined, locale: Locale, decimals?: number): string {
  if (!isFiniteNumber(n)) return NO_VALUE;
  return numberFormat(locale, digits(decimals)).format(n);
}

/**
 * A percentage given in percent units: `105.3` → `105,3%` (vi) or `105.3%` (en). One decimal by default.
 */
export function formatPercent(n: number | undefined, locale: Locale, decimals = 1): string {
  if (!isFiniteNumber(n)) return NO_VALUE;
  return numberFormat(locale, { style: 'percent', ...digits(decimals) }).format(n / 100);
}

/**
 * A signed difference in percentage points: `1.2` → `+1,2 điểm %` (vi) or `+1.2 pp` (en); zero has no sign.
 * One decimal by default.
 */
export function formatPoints(n: number | undefined, locale: Locale, decimals = 1): string {
  if (!isFiniteNumber(n)) return NO_VALUE;
  const signed = numberFormat(locale, { signDisplay: 'exceptZero', ...digits(decimals) }).format(n);
  return messagesFor(locale).format.points(signed);
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses an ISO date (`2023-02-21`, calendar date, no time zone) or date-time; undefined when invalid. */
function parseIso(iso: string): { date: Date; dateOnly: boolean } | undefined {
  const match = DATE_ONLY.exec(iso.trim());
  if (match) {
    const [, y, m, d] = match.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    // Rejects 2023-02-30, which Date.UTC would roll over to 2 March.
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
      return undefined;
    return { date, dateOnly: true };
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : { date, dateOnly: false };
}

/**
 * Date formats. Vietnamese uses `21/02/2023` as official documents do. English uses `21 Feb 2023`:
 * the English page is read by people who may write dates month-first, and a spelled-out month cannot be
 * misread, whereas `02/03/2023` can.
 */
const DATE_OPTIONS: Record<Locale, Intl.DateTimeFormatOptions> = {
  vi: { day: '2-digit', month: '2-digit', year: 'numeric' },
  en: { day: 'numeric', month: 'short', year: 'numeric' },
};

/**
 * An ISO date as a calendar date: `2023-02-21` → `21/02/2023` (vi), `21 Feb 2023` (en).
 * A date-only string is that calendar day everywhere; a date-time is shown in Vietnam time.
 * Undefined → “–”; an unparseable string is returned as written, so nothing silently disappears.
 */
export function formatDate(iso: string | undefined, locale: Locale): string {
  if (iso === undefined || iso.trim() === '') return NO_VALUE;
  const parsed = parseIso(iso);
  if (parsed === undefined) return iso;
  if (parsed.dateOnly) return formatCalendarDate(parsed.date, locale);
  return dateFormat(locale, { ...DATE_OPTIONS[locale], timeZone: DISPLAY_TIME_ZONE }).format(parsed.date);
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A calendar date (a UTC midnight) in DATE_OPTIONS' formats, without Intl: the page's first Intl.DateTimeFormat
 * loads the time-zone data, 48 ms (190 ms at 4× CPU slowdown) of the dashboard's first task just for the date
 * in its footer. Only date-times, which need Vietnam time, go through Intl.
 */
function formatCalendarDate(date: Date, locale: Locale): string {
  const day = date.getUTCDate();
  const month = date.getUTCMonth();
  const year = date.getUTCFullYear();
  if (locale === 'en') return `${day} ${MONTHS_EN[month]} ${year}`;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(day)}/${pad(month + 1)}/${year}`;
}

/**
 * A moment in Vietnam time with a 24-hour clock: `14:30 21/02/2023` (vi), `21 Feb 2023, 14:30` (en).
 * Accepts an ISO string or a Date; a date-only string is formatted as `formatDate` does.
 * Undefined or an invalid Date → “–”; an unparseable string is returned as written.
 */
export function formatDateTime(value: string | Date | undefined, locale: Locale): string {
  if (value === undefined) return NO_VALUE;
  let date: Date;
  if (typeof value === 'string') {
    const parsed = parseIso(value);
    // A calendar date has no time of day to show.
    if (parsed === undefined || parsed.dateOnly) return formatDate(value, locale);
    date = parsed.date;
  } else {
    date = value;
  }
  if (Number.isNaN(date.getTime())) return NO_VALUE;
  return dateFormat(locale, {
    ...DATE_OPTIONS[locale],
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: DISPLAY_TIME_ZONE,
  }).format(date);
}

/**
 * Compares names the way the locale sorts them (Vietnamese: Đ after D, not after Z; case and
 * diacritics ordered per the language). Use as `names.sort(compareText('vi'))`.
 */
export function compareText(locale: Locale): (a: string, b: string) => number {
  let collator = collators.get(locale);
  if (collator === undefined) {
    collator = new Intl.Collator(locale, { numeric: true });
    collators.set(locale, collator);
  }
  return collator.compare;
}
