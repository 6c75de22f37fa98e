/**
 * chitieu's service worker: keeps the pages listed in `offline-pages.ts` and their data for reading offline,
 * each page only once that page has asked for it (`keep-offline.ts` posts `{ type: 'keep', page }`), so a
 * reader of the public page on a metered connection never downloads the deck or the dashboard.
 *
 * Built by `write-service-worker.ts` into `sw.js` at the site root, which prepends the file groups (one per
 * page: what it loads, and data/) and a version (a hash of those files). Pages and `data/` are network first, so a reader sees newly
 * published data as soon as there is a network, and the saved copy otherwise (or after a few seconds on a
 * network too slow to answer); hashed assets never change, so they are cache first. Any other request is left
 * alone. No library, no request to another host.
 */

declare const __GROUPS__: Record<string, string[]>;
declare const __SW_VERSION__: string;

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE_PREFIX = 'chitieu-';
const CACHE = `${CACHE_PREFIX}${__SW_VERSION__}`;
/** On a slow mountain network the saved copy is shown after this long; the fresh one still updates the cache. */
const NETWORK_TIMEOUT_MS = 4000;

const scope = new URL(worker.registration.scope);
/** Each offline page (its folder URL) with every URL it needs. */
const groups = new Map(
  Object.entries(__GROUPS__).map(([page, files]) => {
    const pageUrl = new URL(page, scope).href;
    return [pageUrl, [...new Set([pageUrl, ...files.map((file) => new URL(file, scope).href)])]] as const;
  }),
);
const known = new Set([...groups.values()].flat());

function keep(cache: Cache, pageUrl: string): Promise<void> {
  const urls = groups.get(pageUrl) ?? [];
  return cache.addAll(urls.map((href) => new Request(href, { cache: 'no-cache' })));
}

/** The cache key of a request: its URL without query or hash; `…/index.html` is its folder. */
function keyOf(url: URL): string {
  const key = new URL(url.pathname.replace(/index\.html$/, ''), url.origin);
  return key.href;
}

worker.addEventListener('install', () => {
  void worker.skipWaiting();
});

worker.addEventListener('message', (event) => {
  const data = event.data as { type?: string; page?: string } | null;
  if (data?.type !== 'keep' || typeof data.page !== 'string') return;
  const pageUrl = new URL(data.page, scope).href;
  const reply = event.ports[0];
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => keep(cache, pageUrl))
      .then(
        () => reply?.postMessage({ kept: pageUrl }),
        () => reply?.postMessage({ failed: pageUrl }),
      ),
  );
});

/** A new version keeps the pages the old one kept, then drops the old copies. */
worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const old = (await caches.keys()).filter((k) => k.startsWith(CACHE_PREFIX) && k !== CACHE);
      for (const name of old) {
        const previous = await caches.open(name);
        for (const pageUrl of groups.keys())
          if (await previous.match(pageUrl)) await keep(cache, pageUrl).catch(() => undefined);
        await caches.delete(name);
      }
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin) return;
  const key = keyOf(url);
  if (!known.has(key)) return;
  const immutable = url.pathname.includes('/assets/');
  event.respondWith(immutable ? cacheFirst(request, key) : networkFirst(request, key));
});

async function cacheFirst(request: Request, key: string): Promise<Response> {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(key);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(key, response.clone());
  return response;
}

async function networkFirst(request: Request, key: string): Promise<Response> {
  const cache = await caches.open(CACHE);
  const fromNetwork = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(key, response.clone());
    return response;
  });
  const saved = await cache.match(key);
  if (!saved) return fromNetwork;
  const timeout = new Promise<Response>((resolve) => setTimeout(() => resolve(saved), NETWORK_TIMEOUT_MS));
  return Promise.race([fromNetwork.catch(() => saved), timeout]);
}

export {};
