import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { transformWithOxc } from 'vite';
import { OFFLINE_PAGES, SERVICE_WORKER_FILE } from './offline-pages.ts';
import { type BundleEntry, precacheList } from './precache-list.ts';

/**
 * Builds `sw.js` into the output folder: `service-worker.ts` without its types, after the precache list of
 * OFFLINE_PAGES and a version that changes whenever a precached file does. Returns the list.
 */
export async function writeServiceWorker(
  root: string,
  outDir: string,
  bundle: Record<string, BundleEntry>,
): Promise<string[]> {
  const list = precacheList(bundle, OFFLINE_PAGES);
  const hash = createHash('sha256');
  for (const fileName of [...list, ...OFFLINE_PAGES]) {
    const entry = bundle[fileName];
    hash.update(fileName);
    if (entry) hash.update(entry.type === 'chunk' ? entry.code : entry.source);
  }
  const file = path.join(root, 'src/app/sw/service-worker.ts');
  const { code } = await transformWithOxc(await readFile(file, 'utf8'), file, { lang: 'ts' });
  const body = code.replace(/^export\s*\{\s*\};?\s*$/m, '');
  const header = `const __PRECACHE__ = ${JSON.stringify(list)};\nconst __SW_VERSION__ = ${JSON.stringify(hash.digest('hex').slice(0, 12))};\n`;
  await writeFile(path.join(outDir, SERVICE_WORKER_FILE), header + body);
  return list;
}
