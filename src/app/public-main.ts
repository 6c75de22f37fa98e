import '../styles/index.css';
import '../styles/public.css';
import { dataFilesOf, hashFiles } from '../views/public/data-hash';
import { dataUrl } from './data-root';
import type { PublicController } from './public-enhance';
import { keepOffline } from './sw/keep-offline';

/**
 * The public page's first script, kept small: the page is complete without it (prerendered). It fetches the
 * published data files and compares their fingerprint with the one the page was built from; only when they
 * differ, or when the reader asks for another year, language or order, does it load the parser and the
 * renderer (`public-enhance.ts`). It also says when the reader is offline and registers the service worker
 * that keeps the page for offline reading.
 */

const PAGE_ID = 'cong-khai';
type Files = Map<string, Uint8Array | undefined>;

let files: Promise<Files> | undefined;
let controller: Promise<PublicController | undefined> | undefined;
let hash = '';
let changed = false;

async function get(name: string): Promise<Uint8Array | undefined> {
  try {
    const response = await fetch(dataUrl(name));
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
  } catch {
    return undefined;
  }
}

async function fetchFiles(): Promise<Files> {
  const manifestBytes = await get('manifest.json');
  let manifest: unknown = null;
  try {
    manifest = manifestBytes === undefined ? null : JSON.parse(new TextDecoder().decode(manifestBytes));
  } catch {
    // A broken manifest: the loader reports it; the prerendered page stays.
  }
  const names = dataFilesOf(manifest);
  const entries = await Promise.all(
    names.map(async (name) => [name, name === 'manifest.json' ? manifestBytes : await get(name)] as const),
  );
  return new Map(entries);
}

/** The interactive part, loaded once on first need. */
function enhanced(): Promise<PublicController | undefined> {
  files ??= fetchFiles();
  controller ??= Promise.all([files, import('./public-enhance')]).then(([map, mod]) => {
    compare(map);
    return mod.enhance(map, hash, changed);
  });
  return controller;
}

/** Whether the fetched files are the ones the page was prerendered from. */
function compare(map: Files): void {
  hash = hashFiles([...map]);
  changed = hash !== document.getElementById(PAGE_ID)?.dataset.fingerprint;
}

function showNotice(kind: 'offline' | 'failed' | undefined): void {
  const notice = document.querySelector<HTMLElement>('.public-notice');
  if (!notice || notice.dataset.notice === 'refreshed') return;
  notice.textContent =
    kind === undefined ? '' : (notice.dataset[kind === 'offline' ? 'textOffline' : 'textFailed'] ?? '');
  notice.classList.toggle('public-notice--shown', kind !== undefined);
}

/** The prerendered page already shows this query: default year (or the same), Vietnamese, report order. */
function isPrerendered(search: string): boolean {
  const page = document.getElementById(PAGE_ID);
  const params = new URLSearchParams(search);
  const year = params.get('nam');
  return (
    page?.dataset.lang === 'vi' &&
    (year === null || year === page.dataset.year) &&
    params.get('lang') !== 'en' &&
    (params.get('sap-xep') ?? 'original') === 'original'
  );
}

function show(search: string, fallback?: string): void {
  enhanced()
    .then((c) => {
      if (c) c.render(search);
      else if (fallback) location.assign(fallback);
      else showNotice(navigator.onLine ? 'failed' : 'offline');
    })
    .catch(() => {
      // The interactive part could not be loaded (offline and not saved): a full page load still works.
      if (fallback) location.assign(fallback);
    });
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
    if (controller) show(location.search);
    else showNotice(navigator.onLine ? undefined : 'offline');
  });
}

const address = document.querySelector<HTMLElement>('[data-page-url]');
if (address) address.textContent = location.href;
document.querySelector<HTMLElement>('.sort-control')?.removeAttribute('hidden');

if (!navigator.onLine) showNotice('offline');

/**
 * Checks the published data only once the page has loaded and the main thread is idle: the prerendered page is
 * complete, so the data files' fetch and fingerprint never compete with its first paint (LCP) or its input.
 */
function whenIdle(run: () => void): void {
  const idle = () => {
    if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
    else setTimeout(run, 0);
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

whenIdle(() => {
  files ??= fetchFiles();
  files.then((map) => {
    compare(map);
    if (map.get('manifest.json') === undefined) showNotice(navigator.onLine ? 'failed' : 'offline');
    else if (changed || !isPrerendered(location.search)) show(location.search);
    else if (!navigator.onLine) showNotice('offline');
  });
});

keepOffline('cong-khai/');
