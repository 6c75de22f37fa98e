/**
 * chitieu's service worker: keeps the pages listed in `offline-pages.ts` (the public page) and their data for
 * reading offline, and nothing else, so a reader on a metered connection never downloads the dashboard.
 *
 * Built by `write-service-worker.ts` into `sw.js` at the site root, which prepends the precache list and a
 * version (a hash of the precached files). Pages and `data/` are network first, so a reader sees newly
 * published data as soon as there is a network, and the saved copy otherwise (or after a few seconds on a
 * network too slow to answer); hashed assets never change, so they are cache first. Any other request is left
 * alone. No library, no request to another host.
 */

declare const __PRECACHE__: string[];
declare const __SW_VERSION__: string;

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE_PREFIX = 'chitieu-';
const CACHE = `${CACHE_PREFIX}${__SW_VERSION__}`;
/** On a slow mountain network the saved copy is shown after this long; the fresh one still updates the cache. */
const NETWORK_TIMEOUT_MS = 4000;

const scope = new URL(worker.registration.scope);
const precached = new Set(__PRECACHE__.map((path) => new URL(path, scope).href));

/** The cache key of a request: its URL without query or hash; `…/index.html` is its folder. */
function keyOf(url: URL): string {
  const key = new URL(url.pathname.replace(/index\.html$/, ''), url.origin);
  return key.href;
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([...precached].map((href) => new Request(href, { cache: 'no-cache' }))))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith(CACHE_PREFIX) && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin) return;
  const key = keyOf(url);
  if (!precached.has(key)) return;
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
