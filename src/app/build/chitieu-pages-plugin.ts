import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Plugin, type ResolvedConfig, runnerImport, type ViteDevServer } from 'vite';
import type { BundleEntry } from '../sw/precache-list.ts';
import { writeServiceWorker } from '../sw/write-service-worker.ts';
import { CSP_META } from './content-security-policy.ts';
import { htmlTemplate, type PageBody } from './html-template.ts';
import { PAGES, type PageSpec } from './pages.ts';

type Prerender = (ctx: { dataDir: string; page: PageSpec }) => Promise<PageBody>;

/**
 * Makes the pages that are not the top-level index.html (`trinh-chieu/`, `cong-khai/`) real HTML files in
 * dist/ without adding top-level folders to the repository, prerenders the public page from `data/`,
 * copies `data/` into dist/, and adds the Content-Security-Policy meta to every built page.
 */
export function chitieuPages(): Plugin {
  let config: ResolvedConfig;
  let server: ViteDevServer | undefined;
  const virtualPages = PAGES.filter((page) => page.file !== 'index.html');
  const pageById = (id: string): PageSpec | undefined =>
    virtualPages.find((page) => path.resolve(config.root, page.file) === id);
  const dataDir = () => path.resolve(config.root, 'data');
  /** Files a prerender asked to emit beside its page (the public page's downloads). */
  const extraFiles = new Map<string, string>();

  async function pageHtml(page: PageSpec): Promise<string> {
    if (!page.prerender)
      return htmlTemplate(page, { lang: 'vi', title: page.title, body: '<div id="root"></div>' });
    const ctx = { dataDir: dataDir(), page };
    const mod = server
      ? ((await server.ssrLoadModule(page.prerender)) as { prerender: Prerender })
      : (
          await runnerImport<{ prerender: Prerender }>(page.prerender, {
            configFile: false,
            logLevel: 'error',
          })
        ).module;
    const body = await mod.prerender(ctx);
    for (const file of body.files ?? []) extraFiles.set(file.fileName, file.source);
    return htmlTemplate(page, body);
  }

  return {
    name: 'chitieu-pages',
    enforce: 'pre',
    configResolved(resolved) {
      config = resolved;
    },
    config() {
      return {
        build: {
          rolldownOptions: {
            input: Object.fromEntries(
              PAGES.map((page) => [page.file.replace(/\/?index\.html$/, '') || 'main', page.file]),
            ),
          },
        },
      };
    },
    resolveId(id) {
      const file = id.replace(/^\//, '');
      const page = virtualPages.find((candidate) => candidate.file === file);
      if (page) return path.resolve(config.root, page.file);
      if (pageById(id)) return id;
      return undefined;
    },
    async load(id) {
      const page = pageById(id);
      return page ? pageHtml(page) : undefined;
    },
    configureServer(devServer) {
      server = devServer;
      devServer.middlewares.use(async (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const page = virtualPages.find(
          (candidate) =>
            `/${candidate.file}` === url.pathname ||
            `/${candidate.file.replace(/index\.html$/, '')}` === url.pathname,
        );
        if (!page) return next();
        try {
          const html = await devServer.transformIndexHtml(req.url ?? '/', await pageHtml(page));
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(html);
        } catch (error) {
          next(error);
        }
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (config.command !== 'build') return html;
        return html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n    ${CSP_META}`);
      },
    },
    async generateBundle() {
      for (const name of await readdir(dataDir())) {
        if (!/\.(csv|json|xlsx)$/i.test(name)) continue;
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: await readFile(path.join(dataDir(), name)),
        });
      }
      for (const [fileName, source] of extraFiles) this.emitFile({ type: 'asset', fileName, source });
    },
    async writeBundle(options, bundle) {
      // The offline copy of the public page: sw.js at the site root (src/app/sw).
      if (options.dir)
        await writeServiceWorker(config.root, options.dir, bundle as unknown as Record<string, BundleEntry>);
    },
  };
}
