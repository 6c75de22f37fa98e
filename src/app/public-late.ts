import { dataFilesOf, hashFiles } from '../views/public/data-hash';
import { dataUrl } from './data-root';
import type { PublicController } from './public-enhance';
import { keepOffline } from './sw/keep-offline';

/**
 * The part of the public page's script that waits for its first paint (public-main.ts loads it by URL, once
 * painted or on the reader's first action): it keeps the page for offline reading, fetches the published data
 * files and compares their fingerprint with the one the page was built from; only when they differ, or when the
 * reader asks for another year, language or order, does it load the parser and the renderer (`public-enhance.ts`).
 */

const PAGE_ID = 'cong-khai';
type Files = Map<string, Uint8Array | undefined>;
/** Says on the page that it is offline, that the data could not be read, or nothing (public-main.ts). */
export type Notice = (kind: 'offline' | 'failed' | undefined) => void;

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

/** Whether the interactive part has been asked for (the page then re-renders when it goes on or offline). */
export function isEnhanced(): boolean {
  return controller !== undefined;
}

/**
 * Shows the page for a query string (another year, language or order); when the interactive part cannot be
 * had, goes to `fallback` by a full page load, or says why.
 */
export function show(search: string, notice: Notice, fallback?: string): void {
  enhanced()
    .then((c) => {
      if (c) c.render(search);
      else if (fallback) location.assign(fallback);
      else notice(navigator.onLine ? 'failed' : 'offline');
    })
    .catch(() => {
      // The interactive part could not be loaded (offline and not saved): a full page load still works.
      if (fallback) location.assign(fallback);
    });
}

/** Once the page has painted: keeps it for offline reading and checks the published data. */
export function start(notice: Notice): void {
  keepOffline('cong-khai/');
  files ??= fetchFiles();
  files.then((map) => {
    compare(map);
    if (map.get('manifest.json') === undefined) notice(navigator.onLine ? 'failed' : 'offline');
    else if (changed || !isPrerendered(location.search)) show(location.search, notice);
    else if (!navigator.onLine) notice('offline');
  });
}
