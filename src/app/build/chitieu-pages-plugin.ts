import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Plugin, type ResolvedConfig, runnerImport, type ViteDevServer } from 'vite';
import type { BundleEntry } from '../sw/precache-list.ts';
import { writeServiceWorker } from '../sw/write-service-worker.ts';
import { contentSecurityPolicy, cspMeta, styleHash } from './content-security-policy.ts';
import { htmlTemplate, type PageBody } from './html-template.ts';
import { inlineIcon, inlineStylesheets } from './inline-assets.ts';
import { PAGES, type PageSpec } from './pages.ts';

type Prerender = (ctx: { dataDir: string; page: PageSpec }) => Promise<PageBody>;

/** `import url from 'virtual:chitieu/late-url/cong-khai'`: the URL of that page's `late` module. */
const LATE_URL = 'virtual:chitieu/late-url/';

/**
 * Makes the pages that are not the top-level index.html (`trinh-chieu/`, `cong-khai/`) real HTML files in
 * dist/ without adding top-level folders to the repository, prerenders the public page from `data/`,
 * copies `data/` into dist/, inlines the stylesheet of the pages that ask for it, builds each page's `late`
 * module as a chunk of its own, and adds the Content-Security-Policy meta to every built page.
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
  /** Page file → the reference of its emitted `late` chunk. */
  const lateChunks = new Map<string, string>();

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
      if (id.startsWith(LATE_URL)) return `\0${id}`;
      const file = id.replace(/^\//, '');
      const page = virtualPages.find((candidate) => candidate.file === file);
      if (page) return path.resolve(config.root, page.file);
      if (pageById(id)) return id;
      return undefined;
    },
    async load(id) {
      if (id.startsWith(`\0${LATE_URL}`)) {
        const folder = id.slice(LATE_URL.length + 1);
        const page = PAGES.find((candidate) => candidate.file === `${folder}/index.html`);
        if (page?.late === undefined) return this.error(`${id}: no page ${folder}/ with a late module`);
        // The dev server serves modules by their path; the build emits the module as a chunk of its own.
        if (config.command !== 'build') return `export default ${JSON.stringify(page.late)};`;
        const ref = this.emitFile({
          type: 'chunk',
          id: page.late,
          name: `${folder}-late`,
          preserveSignature: 'strict',
        });
        lateChunks.set(page.file, ref);
        return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
      }
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
      async handler(html, ctx) {
        if (config.command !== 'build') return html;
        const page = PAGES.find((candidate) => path.resolve(config.root, candidate.file) === ctx.filename);
        let out = html;
        if (page?.inlineAssets && ctx.bundle && ctx.chunk) {
          const bundle = ctx.bundle as unknown as Record<string, BundleEntry>;
          out = await inlineIcon(
            inlineStylesheets(out, page, bundle, ctx.chunk.fileName),
            page,
            config.publicDir,
          );
        }
        const hashes = [...out.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) =>
          styleHash(match[1] ?? ''),
        );
        const meta = cspMeta(contentSecurityPolicy(hashes));
        return out.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n    ${meta}`);
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
      const loadedByUrl = Object.fromEntries(
        [...lateChunks].map(([file, ref]) => [file, [this.getFileName(ref)]] as const),
      );
      if (options.dir)
        await writeServiceWorker(
          config.root,
          options.dir,
          bundle as unknown as Record<string, BundleEntry>,
          loadedByUrl,
        );
    },
  };
}
