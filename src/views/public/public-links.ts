import type { Locale } from '../../i18n/locale';

/**
 * The query string of the public page for a year and language: `?nam=2021&lang=en`. The default year and
 * Vietnamese are left out, so the plain address is the default page; an empty query is `?` (a relative link
 * that drops the old query but keeps the path).
 */
export function publicSearch(year: number, defaultYear: number, locale: Locale, sort?: string): string {
  const params = new URLSearchParams();
  if (year !== defaultYear) params.set('nam', String(year));
  if (locale === 'en') params.set('lang', 'en');
  if (sort !== undefined && sort !== 'original') params.set('sap-xep', sort);
  const text = params.toString();
  return text === '' ? '?' : `?${text}`;
}

/** The downloads built for each year and language, next to the page: `du-lieu-2022.csv`, `du-lieu-2022-en.json`. */
export function downloadName(year: number, locale: Locale, ext: 'csv' | 'json'): string {
  return `du-lieu-${year}${locale === 'en' ? '-en' : ''}.${ext}`;
}

/** Only web links become links: a `javascript:` or relative URL from a data file is never followed. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
