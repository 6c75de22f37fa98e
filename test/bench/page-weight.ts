import type { Page } from 'playwright-core';
import { gzipSize } from './gzip-size.ts';

export interface Resource {
  url: string;
  /** The path below the site root (`assets/index-abc.js`, `data/units.csv`). */
  path: string;
  status: number;
  bytes: number;
  gzip: number;
  /** Fetched by a service worker rather than by the page. */
  byServiceWorker: boolean;
}

export interface PageWeight {
  resources: Resource[];
  bytes: number;
  gzip: number;
}

/**
 * Opens `url` in `page` and weighs every response until the network is idle (the first load, cold cache): each body
 * gzipped at level 9 (HTML, JS, CSS, JSON, CSV, SVG alike). Responses a service worker answered are skipped, the
 * service worker's own fetches are counted, so that nothing is counted twice.
 */
export async function pageWeight(page: Page, url: string, siteUrl: string): Promise<PageWeight> {
  const pending: Promise<Resource | undefined>[] = [];
  page.context().on('response', (response) => {
    if (response.fromServiceWorker()) return;
    pending.push(
      (async () => {
        const body = await response.body().catch(() => undefined);
        if (!body) return undefined;
        const responseUrl = response.url();
        return {
          url: responseUrl,
          path: responseUrl.startsWith(siteUrl)
            ? responseUrl.slice(siteUrl.length).split('?')[0] || '/'
            : responseUrl,
          status: response.status(),
          bytes: body.byteLength,
          gzip: gzipSize(body),
          byServiceWorker: response.request().serviceWorker() !== null,
        };
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const resources = (await Promise.all(pending)).filter((r): r is Resource => r !== undefined);
  resources.sort((a, b) => b.gzip - a.gzip);
  return {
    resources,
    bytes: resources.reduce((sum, r) => sum + r.bytes, 0),
    gzip: resources.reduce((sum, r) => sum + r.gzip, 0),
  };
}
