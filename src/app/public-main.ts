import '../styles/index.css';
import '../styles/public.css';
import type { Dataset } from '../domain';
import { type Locale, localeFromSearch, messagesFor } from '../i18n/locale';
import { fingerprint } from '../views/public/fingerprint';
import { PAGE_ID, pageTitle, publicPage } from '../views/public/public-page';
import { pickYear, publicView } from '../views/public/public-view';
import { renderDom } from '../views/public/render-dom';
import { isSortKey, type SortKey } from '../views/public/sort-rows';
import { fetchPublishedDataset } from './fetch-published-dataset';
import { SERVICE_WORKER_FILE } from './sw/offline-pages';

/**
 * The public page's script. The page is complete without it (prerendered); it adds the year and language
 * switches and the sort without reloading, refreshes the page when the published data differs from what was
 * prerendered, says when the reader is offline, and registers the service worker that keeps the page offline.
 * No React: the page is built from the same render functions as the prerender, as DOM nodes.
 */

interface State {
  year: number | undefined;
  locale: Locale;
  sort: SortKey;
}

function stateFrom(search: string): State {
  const params = new URLSearchParams(search);
  const year = Number(params.get('nam'));
  const sort = params.get('sap-xep');
  return {
    year: Number.isInteger(year) && year > 0 ? year : undefined,
    locale: localeFromSearch(search),
    sort: isSortKey(sort) ? sort : 'original',
  };
}

let dataset: Dataset | undefined;
let refreshed = false;

function render(state: State): void {
  const current = document.getElementById(PAGE_ID);
  if (dataset === undefined || current === null) return;
  const view = publicView(dataset, pickYear(dataset, state.year));
  const print = fingerprint(view);
  const sameView = current.dataset.year === String(view.year) && current.dataset.lang === state.locale;
  if (sameView && current.dataset.fingerprint !== print) refreshed = true;
  const notice = !navigator.onLine ? 'offline' : refreshed ? 'refreshed' : undefined;
  const focus = focusKey(document.activeElement);
  const next = renderDom(
    publicPage(view, {
      locale: state.locale,
      interactive: true,
      sort: state.sort,
      fingerprint: print,
      ...(notice && { notice }),
      address: location.href,
    }),
  ) as HTMLElement;
  current.replaceWith(next);
  document.documentElement.lang = state.locale;
  document.title = pageTitle(view, state.locale);
  if (focus) (next.querySelector(focus) as HTMLElement | null)?.focus();
}

/** A selector that finds the focused control again after a re-render. */
function focusKey(element: Element | null): string | undefined {
  if (!(element instanceof HTMLElement)) return undefined;
  if (element.id) return `#${CSS.escape(element.id)}`;
  if (element.dataset.year) return `.year-nav a[data-year="${CSS.escape(element.dataset.year)}"]`;
  if (element.classList.contains('language-switch')) return '.language-switch';
  return undefined;
}

/** The data could not be read (offline without a saved copy, or a broken file): the prerendered page stays. */
function showNotice(kind: 'offline' | 'failed'): void {
  const notice = document.querySelector('.public-notice');
  if (!notice) return;
  const t = messagesFor(localeFromSearch(location.search));
  notice.textContent = kind === 'offline' ? t.public.offline : t.load.failed;
  notice.classList.add('public-notice--shown');
}

function navigate(href: string): void {
  const url = new URL(href, location.href);
  history.pushState(null, '', url);
  render(stateFrom(url.search));
}

document.addEventListener('click', (event) => {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  )
    return;
  const link = (event.target as Element | null)?.closest('a');
  if (!link || dataset === undefined) return;
  if (link.matches('.year-nav a, .language-switch')) {
    event.preventDefault();
    navigate(link.getAttribute('href') ?? '?');
  }
});

document.addEventListener('change', (event) => {
  const select = event.target as HTMLSelectElement | null;
  if (select?.id !== 'sap-xep' || !isSortKey(select.value)) return;
  const url = new URL(location.href);
  if (select.value === 'original') url.searchParams.delete('sap-xep');
  else url.searchParams.set('sap-xep', select.value);
  history.replaceState(null, '', url);
  render(stateFrom(url.search));
});

window.addEventListener('popstate', () => render(stateFrom(location.search)));
window.addEventListener('online', () => render(stateFrom(location.search)));
window.addEventListener('offline', () => render(stateFrom(location.search)));

const address = document.querySelector<HTMLElement>('[data-page-url]');
if (address) address.textContent = location.href;

fetchPublishedDataset().then((published) => {
  dataset = published.dataset;
  if (dataset) render(stateFrom(location.search));
  else showNotice(navigator.onLine ? 'failed' : 'offline');
});

// Not in the dev server (no sw.js there). MODE, not PROD: the e2e build runs with NODE_ENV=test.
if (import.meta.env.MODE !== 'development' && 'serviceWorker' in navigator) {
  const root = document.documentElement.dataset.root ?? './';
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${root}${SERVICE_WORKER_FILE}`, { scope: root }).catch(() => {
      // No offline copy (private mode, an old browser): the page works as before.
    });
  });
}
