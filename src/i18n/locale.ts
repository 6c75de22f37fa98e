import { en } from './en';
import { type Messages, vi } from './vi';

/** The page languages. Vietnamese is the default and the source. */
export type Locale = 'vi' | 'en';

export const LOCALES = ['vi', 'en'] as const satisfies readonly Locale[];

/** The query parameter that carries the language; absent means Vietnamese. */
export const LANG_PARAM = 'lang';

/** Reads `?lang=en` from a query string (with or without the leading `?`); anything else is `vi`. */
export function localeFromSearch(search: string): Locale {
  const lang = new URLSearchParams(search).get(LANG_PARAM)?.trim().toLowerCase();
  return lang === 'en' ? 'en' : 'vi';
}

/** The messages of a locale. */
export function messagesFor(locale: Locale): Messages {
  return locale === 'en' ? en : vi;
}

/**
 * The BCP 47 tag given to `Intl`. English uses en-GB: day before month and a 24-hour clock,
 * as in the Vietnamese documents the figures come from.
 */
export function intlLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : 'vi-VN';
}

/** Rule codes that have a plain-words explanation in `messages.rule`. */
export type RuleCode = keyof Messages['rule'];
