import type { ReactNode } from 'react';
import { LANG_PARAM, type Locale } from '../i18n/locale';
import { useLocale, useMessages } from './i18n-context';
import { LanguageSwitch } from './language-switch';
import { MAIN_ID, SkipLink } from './skip-link';

export type PageKey = 'dashboard' | 'presentation' | 'public';

export const PAGE_KEYS = ['dashboard', 'presentation', 'public'] as const satisfies readonly PageKey[];

/**
 * Adds `lang=en` to a relative link on the English page, so moving between pages keeps the language.
 * Other parameters and the hash are kept; on the Vietnamese page the link is returned unchanged.
 */
export function withLang(href: string, locale: Locale): string {
  if (locale === 'vi') return href;
  const hashAt = href.indexOf('#');
  const hash = hashAt === -1 ? '' : href.slice(hashAt);
  const beforeHash = hashAt === -1 ? href : href.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? '' : beforeHash.slice(queryAt + 1));
  params.set(LANG_PARAM, locale);
  return `${path}?${params.toString()}${hash}`;
}

export interface PageShellProps {
  /** The organisation's short name from the data (e.g. “UBND huyện …”); never hard-coded. */
  organisationName: string;
  /** The page's `<h1>`. */
  title: string;
  current: PageKey;
  /**
   * Relative links to the three pages, e.g. `{ dashboard: '../', presentation: '../trinh-chieu/', public: './' }`,
   * so the site works from a sub-folder.
   */
  links: Record<PageKey, string>;
  /** Under the title in the header: a sample badge, the data date, filters. */
  headerExtra?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
}

/** Skip link, header (organisation, title, language switch, page links), `<main>` and footer. */
export function PageShell(props: PageShellProps) {
  const t = useMessages();
  const locale = useLocale();
  return (
    <>
      <SkipLink targetId={MAIN_ID} />
      <header className="page-header">
        <div className="page-header__bar">
          <p className="page-header__organisation">{props.organisationName}</p>
          <LanguageSwitch />
        </div>
        <p className="page-header__app">{t.app.title}</p>
        <h1 className="page-header__title">{props.title}</h1>
        {props.headerExtra}
        <nav className="page-nav" aria-label={t.nav.label}>
          <ul>
            {PAGE_KEYS.map((key) => (
              <li key={key}>
                <a
                  href={withLang(props.links[key], locale)}
                  aria-current={key === props.current ? 'page' : undefined}
                >
                  {t.page[key]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="page-main">
        {props.children}
      </main>
      {props.footer !== undefined && <footer className="page-footer">{props.footer}</footer>}
    </>
  );
}
