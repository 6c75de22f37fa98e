import type { ReadFile } from '../data/load-dataset';
import { loadDataset } from '../data/load-dataset';
import { localeFromSearch } from '../i18n/locale';
import { PAGE_ID, pageTitle, publicPage } from '../views/public/public-page';
import { pickYear, publicView } from '../views/public/public-view';
import { renderDom } from '../views/public/render-dom';
import { isSortKey } from '../views/public/sort-rows';

/**
 * The public page's interactive part, loaded only when needed (another year or language, a sort, or data that
 * differs from the prerender): reads the fetched data files through the shared loader and re-renders the page
 * from the same render functions as the prerender, as DOM nodes (never innerHTML).
 */
export interface PublicController {
  /** Renders the page for a query string (`?nam=2021&lang=en&sap-xep=status`). */
  render(search: string): void;
}

/**
 * `files`: the data files already fetched (name → bytes, undefined when missing). `changed`: they differ from
 * what the page was prerendered from, so the page says it was refreshed. Undefined when the data cannot be read.
 */
export async function enhance(
  files: ReadonlyMap<string, Uint8Array | undefined>,
  hash: string,
  changed: boolean,
): Promise<PublicController | undefined> {
  const read: ReadFile = async (name) => files.get(name);
  const { dataset } = await loadDataset(read);
  if (dataset === undefined) return undefined;
  return {
    render(search) {
      const current = document.getElementById(PAGE_ID);
      if (current === null) return;
      const params = new URLSearchParams(search);
      const year = Number(params.get('nam'));
      const sort = params.get('sap-xep');
      const locale = localeFromSearch(search);
      const view = publicView(
        dataset,
        pickYear(dataset, Number.isInteger(year) && year > 0 ? year : undefined),
      );
      const notice = !navigator.onLine ? 'offline' : changed ? 'refreshed' : undefined;
      const focus = focusKey(document.activeElement);
      const next = renderDom(
        publicPage(view, {
          locale,
          interactive: true,
          sort: isSortKey(sort) ? sort : 'original',
          fingerprint: hash,
          ...(notice && { notice }),
          address: location.href,
        }),
      ) as HTMLElement;
      current.replaceWith(next);
      document.documentElement.lang = locale;
      document.title = pageTitle(view, locale);
      if (focus) (next.querySelector(focus) as HTMLElement | null)?.focus();
    },
  };
}

/** A selector that finds the focused control again after a re-render. */
function focusKey(element: Element | null): string | undefined {
  if (!(element instanceof HTMLElement)) return undefined;
  if (element.id) return `#${CSS.escape(element.id)}`;
  if (element.dataset.year) return `.year-nav a[data-year="${CSS.escape(element.dataset.year)}"]`;
  if (element.classList.contains('language-switch')) return '.language-switch';
  return undefined;
}
