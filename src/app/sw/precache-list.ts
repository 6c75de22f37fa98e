import path from 'node:path';

/** What the precache list needs of a Rollup/Rolldown output bundle entry. */
export type BundleEntry =
  | { type: 'asset'; fileName: string; source: string | Uint8Array }
  | {
      type: 'chunk';
      fileName: string;
      code: string;
      imports: string[];
      dynamicImports: string[];
      viteMetadata?: { importedCss: Set<string>; importedAssets: Set<string> };
    };

const REFERENCE = /\b(?:src|href)="([^"#?]+)[^"]*"/g;

/**
 * The site-root paths to precache for `pages` (built HTML files): each page (as its folder, `cong-khai/`), the
 * files its HTML references that are in the bundle, every chunk, style and asset those import (statically or
 * lazily), and every `data/` file. Sorted; files of other pages that these do not load are left out.
 * `loadedByUrl`: chunks the pages' scripts import by URL (an emitted chunk, not in any chunk's imports), with
 * what they import in turn.
 */
export function precacheList(
  bundle: Record<string, BundleEntry>,
  pages: readonly string[],
  loadedByUrl: readonly string[] = [],
): string[] {
  const out = new Set<string>();
  const visit = (fileName: string) => {
    const entry = bundle[fileName];
    if (entry === undefined || out.has(fileName)) return;
    out.add(fileName);
    if (entry.type !== 'chunk') return;
    for (const next of [...entry.imports, ...entry.dynamicImports]) visit(next);
    for (const next of entry.viteMetadata?.importedCss ?? []) visit(next);
    for (const next of entry.viteMetadata?.importedAssets ?? []) visit(next);
  };
  for (const page of pages) {
    const entry = bundle[page];
    if (entry === undefined || entry.type !== 'asset') continue;
    out.add(page.replace(/index\.html$/, ''));
    const html = typeof entry.source === 'string' ? entry.source : new TextDecoder().decode(entry.source);
    for (const match of html.matchAll(REFERENCE)) {
      const ref = match[1] ?? '';
      if (/^[a-z]+:/i.test(ref) || ref.startsWith('/')) continue;
      visit(path.posix.normalize(path.posix.join(path.posix.dirname(page), ref)));
    }
  }
  for (const fileName of loadedByUrl) visit(fileName);
  for (const fileName of Object.keys(bundle)) if (fileName.startsWith('data/')) out.add(fileName);
  return [...out].filter((f) => !f.endsWith('index.html')).sort();
}
