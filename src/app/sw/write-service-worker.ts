import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { transformWithOxc } from 'vite';
import { OFFLINE_PAGES, SERVICE_WORKER_FILE } from './offline-pages.ts';
import { type BundleEntry, precacheList } from './precache-list.ts';

/**
 * Builds `sw.js` into the output folder: `service-worker.ts` without its types, after one file group per page
 * of OFFLINE_PAGES (keyed by the page's folder) and a version that changes whenever one of those files does.
 * `loadedByUrl`: per page (its built HTML file), the chunks its script imports by URL. Returns the groups.
 */
export async function writeServiceWorker(
  root: string,
  outDir: string,
  bundle: Record<string, BundleEntry>,
  loadedByUrl: Readonly<Record<string, readonly string[]>> = {},
): Promise<Record<string, string[]>> {
  const groups = Object.fromEntries(
    OFFLINE_PAGES.map((page) => [
      page.replace(/index\.html$/, ''),
      precacheList(bundle, [page], loadedByUrl[page]),
    ]),
  );
  const list = [...new Set(Object.values(groups).flat())].sort();
  const hash = createHash('sha256');
  for (const fileName of [...list, ...OFFLINE_PAGES]) {
    const entry = bundle[fileName];
    hash.update(fileName);
    if (entry) hash.update(entry.type === 'chunk' ? entry.code : entry.source);
  }
  const file = path.join(root, 'src/app/sw/service-worker.ts');
  const { code } = await transformWithOxc(await readFile(file, 'utf8'), file, { lang: 'ts' });
  const body = code.replace(/^export\s*\{\s*\};?\s*$/m, '');
  const header = `const __GROUPS__ = ${JSON.stringify(groups)};\nconst __SW_VERSION__ = ${JSON.stringify(hash.digest('hex').slice(0, 12))};\n`;
  await writeFile(path.join(outDir, SERVICE_WORKER_FILE), header + body);
  return groups;
}
