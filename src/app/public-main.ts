import '../styles/public-page.css';
import lateUrl from 'virtual:chitieu/late-url/cong-khai';
import type * as Late from './public-late';

/**
 * The public page's first script, one small file that imports nothing: the page is complete without it
 * (prerendered). It wires the year and language links, the sort control and the online/offline notice, and
 * loads the rest (`public-late.ts`: the offline copy, the check of the published data, the interactive part) by
 * URL only once the page has painted, or at the reader's first action, so nothing it loads or runs competes
 * with the first paint (LCP) on a slow phone.
 */

let late: Promise<typeof Late> | undefined;

/** The rest of the page's script, loaded once. */
function loadLate(): Promise<typeof Late> {
  late ??= import(/* @vite-ignore */ lateUrl) as Promise<typeof Late>;
  return late;
}

function showNotice(kind: 'offline' | 'failed' | undefined): void {
  const notice = document.querySelector<HTMLElement>('.public-notice');
  if (!notice || notice.dataset.notice === 'refreshed') return;
  notice.textContent =
    kind === undefined ? '' : (notice.dataset[kind === 'offline' ? 'textOffline' : 'textFailed'] ?? '');
  notice.classList.toggle('public-notice--shown', kind !== undefined);
}

function show(search: string, fallback?: string): void {
  loadLate().then(
    (mod) => mod.show(search, showNotice, fallback),
    () => {
      // The rest of the script could not be loaded (offline and not saved): a full page load still works.
      if (fallback) location.assign(fallback);
    },
  );
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
  if (!link?.matches('.year-nav a, .language-switch')) return;
  event.preventDefault();
  const url = new URL(link.getAttribute('href') ?? '?', location.href);
  history.pushState(null, '', url);
  show(url.search, url.href);
});

document.addEventListener('change', (event) => {
  const select = event.target as HTMLSelectElement | null;
  if (select?.id !== 'sap-xep') return;
  const url = new URL(location.href);
  if (select.value === 'original') url.searchParams.delete('sap-xep');
  else url.searchParams.set('sap-xep', select.value);
  history.replaceState(null, '', url);
  show(url.search);
});

window.addEventListener('popstate', () => show(location.search));
for (const type of ['online', 'offline']) {
  window.addEventListener(type, () => {
    const loaded = late;
    if (loaded === undefined) showNotice(navigator.onLine ? undefined : 'offline');
    else
      loaded.then(
        (mod) =>
          mod.isEnhanced() ? show(location.search) : showNotice(navigator.onLine ? undefined : 'offline'),
        () => showNotice(navigator.onLine ? undefined : 'offline'),
      );
  });
}

const address = document.querySelector<HTMLElement>('[data-page-url]');
if (address) address.textContent = location.href;
document.querySelector<HTMLElement>('.sort-control')?.removeAttribute('hidden');

if (!navigator.onLine) showNotice('offline');

/** Resolves once a performance entry of `type` (and `name`) is delivered, at once if one already was. */
function entry(type: string, name?: string, buffered = true): Promise<void> {
  return new Promise((resolve) => {
    if (PerformanceObserver.supportedEntryTypes?.includes(type) !== true) return resolve();
    const observer = new PerformanceObserver((list) => {
      if (name !== undefined && list.getEntriesByName(name).length === 0) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type, buffered });
  });
}

/**
 * Runs `run` once the page has loaded and shown its content, when the main thread is idle: the prerendered page
 * is complete, so the offline copy and the data check never compete with its first paint. Shown: the first
 * contentful paint was presented, then a largest-content paint presented after the load (the page paints as it
 * is parsed), or a second.
 */
function afterFirstPaint(run: () => void): void {
  const loaded = new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve(), { once: true });
  });
  const painted = entry('paint', 'first-contentful-paint');
  loaded
    .then(() => Promise.race([entry('largest-contentful-paint', undefined, false), wait(1000)]))
    .then(() => painted)
    .then(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
      else setTimeout(run, 0);
    });
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

afterFirstPaint(() => {
  loadLate().then(
    (mod) => mod.start(showNotice),
    () => {
      if (!navigator.onLine) showNotice('offline');
    },
  );
});
