import { LANG_PARAM, type Locale } from '../i18n/locale';
import { useLocale, useMessages } from './i18n-context';
import { applyQueryPatch, useQueryState } from './use-query-state';

/**
 * The query string of the same page in the other language, other parameters kept.
 * Vietnamese is the default, so switching to it removes `lang` instead of writing `lang=vi`.
 */
export function languageSwitchSearch(search: string, current: Locale): string {
  const next = applyQueryPatch(search, { [LANG_PARAM]: current === 'vi' ? 'en' : undefined });
  // An empty href would not drop the old query; `?` alone does and keeps the path (relative link).
  return next === '' ? '?' : next;
}

/**
 * A link to this page in the other language: “English” on the Vietnamese page, “Tiếng Việt” on the English
 * one, marked with the target language so screen readers pronounce it right. It is a plain link (a full
 * page load), so it works before scripts run and in any sub-folder.
 */
export function LanguageSwitch() {
  const t = useMessages();
  const locale = useLocale();
  const [params] = useQueryState();
  const target: Locale = locale === 'vi' ? 'en' : 'vi';
  return (
    <a className="language-switch" href={languageSwitchSearch(params.toString(), locale)} hrefLang={target}>
      <span lang={target}>{t.lang.switchTo}</span>
    </a>
  );
}
