import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BundleEntry } from '../sw/precache-list.ts';
import type { PageSpec } from './pages.ts';

const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;

/**
 * Replaces each `<link rel="stylesheet">` of a built page by a `<style>` holding that file's text, so the first
 * paint waits for no stylesheet request, and removes the file from the bundle when no other chunk imports it
 * (nothing else would load it, and the service worker would keep it for nothing). `entryChunk` is the page's
 * own script chunk. The page's CSP then allows exactly this text by its hash (content-security-policy.ts).
 */
export function inlineStylesheets(
  html: string,
  page: PageSpec,
  bundle: Record<string, BundleEntry>,
  entryChunk: string,
): string {
  return html.replace(STYLESHEET_LINK, (link) => {
    const href = /\bhref="([^"]+)"/.exec(link)?.[1];
    if (href === undefined || /^[a-z]+:|^\//i.test(href)) return link;
    const fileName = path.posix.normalize(path.posix.join(path.posix.dirname(page.file), href));
    const asset = bundle[fileName];
    if (asset?.type !== 'asset') return link;
    const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
    if (/<\/style/i.test(css)) throw new Error(`${fileName} cannot be inlined: it contains </style`);
    const shared = Object.values(bundle).some(
      (entry) =>
        entry.type === 'chunk' &&
        entry.fileName !== entryChunk &&
        entry.viteMetadata?.importedCss.has(fileName) === true,
    );
    if (!shared) delete bundle[fileName];
    return `<style>${css.trim()}</style>`;
  });
}

const ICON_LINK = /<link\b[^>]*\brel="icon"[^>]*>/g;

/**
 * Replaces the `<link rel="icon">` of a built page whose SVG is in `publicDir` by the same link with the SVG as a
 * `data:` URL (the CSP's `img-src` allows `data:`), so the page makes no request for its icon, which would
 * otherwise take the connection its script needs while the page is first painted.
 */
export async function inlineIcon(html: string, page: PageSpec, publicDir: string): Promise<string> {
  const link = html.match(ICON_LINK)?.[0];
  const href = link && /\bhref="([^"]+\.svg)"/.exec(link)?.[1];
  if (link === undefined || href === undefined || !href.startsWith(page.root)) return html;
  const svg = await readFile(path.join(publicDir, href.slice(page.root.length)), 'utf8').catch(
    () => undefined,
  );
  if (svg === undefined) return html;
  const dataUrl = `data:image/svg+xml,${encodeURIComponent(svg.trim())}`;
  return html.replace(link, link.replace(href, dataUrl));
}
