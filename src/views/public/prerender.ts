import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PageBody } from '../../app/build/html-template';
import { loadDataset } from '../../data/load-dataset';
import type { Dataset } from '../../domain';
import { dataFilesOf, hashFiles } from './data-hash';
import { publicDownloads } from './public-downloads';
import { pageTitle, publicPage } from './public-page';
import { publicView } from './public-view';
import { renderHtml } from './render-html';

/** Reads the data set from a folder on disk through the same loader the browser uses. */
export async function readDataset(dataDir: string): Promise<Dataset> {
  const { dataset, issues } = await loadDataset(async (file) => {
    try {
      return new Uint8Array(await readFile(path.join(dataDir, file)));
    } catch {
      return undefined;
    }
  });
  if (dataset === undefined) {
    throw new Error(
      `the public page cannot be prerendered: data/ does not load (${JSON.stringify(issues.slice(0, 3))})`,
    );
  }
  return dataset;
}

/**
 * The public page at build time: the default year in Vietnamese as real HTML (headline, full table, awards,
 * sources, data date, downloads), so it reads completely without JavaScript, plus the CSV and JSON downloads of
 * every year and language as files beside it.
 */
export async function prerender(ctx: { dataDir: string; page: { file: string } }): Promise<PageBody> {
  const dataset = await readDataset(ctx.dataDir);
  const view = publicView(dataset, dataset.defaultYear);
  const manifest = JSON.parse(await readFile(path.join(ctx.dataDir, 'manifest.json'), 'utf8')) as unknown;
  const files = await Promise.all(
    dataFilesOf(manifest).map(
      async (name) => [name, await readFile(path.join(ctx.dataDir, name)).catch(() => undefined)] as const,
    ),
  );
  const pageDir = ctx.page.file.replace(/index\.html$/, '');
  const body = publicPage(view, {
    locale: 'vi',
    interactive: false,
    sort: 'original',
    fingerprint: hashFiles(files),
    address: pageDir,
  });
  return {
    lang: 'vi',
    title: renderHtml(pageTitle(view, 'vi')),
    head: '<meta name="description" content="Kết quả thực hiện các chỉ tiêu kinh tế – xã hội và thi đua, khen thưởng, công khai cho người dân.">',
    body: renderHtml(body),
    files: publicDownloads(dataset, pageDir),
  };
}
