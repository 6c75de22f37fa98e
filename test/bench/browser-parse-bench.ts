import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Dataset } from '../../src/domain/model';
import { launchChromium } from '../e2e/support/chromium.ts';
import { serveStatic } from '../e2e/support/static-server.ts';
import type { BenchRow } from './bench-row.ts';
import { productionBuild } from './build-site.ts';
import { generated, parseRow } from './node-bench.ts';

type Log = (line: string) => void;

/** What the page measures of one sheet: medians of a call's time, and the check that the sheet parsed whole. */
interface PageFigures {
  ours: number;
  raw: number;
  results: number;
  errors: number;
}

/**
 * Parse + validate against raw papaparse in Chromium, the engine a dropped file is parsed in (the import runs in a
 * Web Worker of the page; the bench runs on the page itself, the same engine and code). Built by Vite for
 * production from `parse-page/` as the site is, served on loopback, the same generated sheets as the Node rows.
 * Measured as the Node rows are: alternately, after a warm-up of 500 ms, each timed batch after a full collection
 * (`--js-flags=--expose-gc`). Chromium's clock has a 0.1 ms grain for a page that is not cross-origin isolated, so
 * a small sheet is timed as a batch of calls (at least 20 ms) and the figure is a call's share of it.
 */
export async function chromiumParseBench(base: Dataset, log: Log): Promise<BenchRow[]> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'chitieu-parse-page-'));
  let server: Server | undefined;
  const browser = await launchChromium(['--js-flags=--expose-gc']);
  try {
    await productionBuild({
      root: path.join(import.meta.dirname, 'parse-page'),
      configFile: false,
      base: './',
      build: { outDir, emptyOutDir: true, target: 'es2022' },
    });
    const sizes = [1_000, 10_000, 100_000];
    const bytesOf = new Map<number, number>();
    for (const rows of sizes) {
      const g = generated(base, rows);
      bytesOf.set(rows, g.bytes.byteLength);
      await writeFile(path.join(outDir, `${rows}.csv`), g.bytes);
      await writeFile(path.join(outDir, `${rows}.json`), JSON.stringify(g.catalogue));
    }
    const served = await serveStatic(outDir, '/');
    server = served.server;
    const page = await browser.newPage();
    await page.goto(served.url);
    await page.waitForFunction(() => 'chitieuParseBench' in window);
    const out: BenchRow[] = [];
    for (const rows of sizes) {
      const figures = await page.evaluate(measureOnPage, rows);
      if (figures.results !== rows || figures.errors > 0)
        throw new Error(`${rows} rows in Chromium: ${figures.results} results, ${figures.errors} errors`);
      log(
        `  parse ${rows} in Chromium: ours ${figures.ours.toFixed(2)} ms, raw ${figures.raw.toFixed(2)} ms`,
      );
      const bytes = bytesOf.get(rows) ?? Number.NaN;
      out.push(parseRow('parse, Chromium', rows, bytes, figures.ours, figures.raw));
    }
    return out;
  } finally {
    await browser.close();
    if (server) await new Promise((resolve) => server?.close(resolve));
    await rm(outDir, { recursive: true, force: true });
  }
}

/** Runs on the page (serialised by Playwright: no closure over the module). */
async function measureOnPage(rows: number): Promise<PageFigures> {
  type Parse = (
    name: string,
    bytes: Uint8Array,
    catalogue: unknown,
  ) => Promise<{
    rows: unknown[];
    issues: { severity: string }[];
  }>;
  const api = (window as unknown as { chitieuParseBench: { raw: (b: Uint8Array) => unknown; ours: Parse } })
    .chitieuParseBench;
  const gc = (window as unknown as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('Chromium was started without --js-flags=--expose-gc');
  const bytes = new Uint8Array(await (await fetch(`${rows}.csv`)).arrayBuffer());
  const catalogue: unknown = await (await fetch(`${rows}.json`)).json();
  const checked = await api.ours('bench.csv', bytes, catalogue);
  const raw = async () => {
    api.raw(bytes);
  };
  const ours = async () => {
    await api.ours('bench.csv', bytes, catalogue);
  };
  const warmUntil = performance.now() + 500;
  while (performance.now() < warmUntil) {
    await raw();
    await ours();
  }
  // Calls per timed batch: at least 20 ms of the raw parse, so that the clock's grain is under 1 %.
  let start = performance.now();
  await raw();
  const batch = Math.max(1, Math.ceil(20 / Math.max(performance.now() - start, 0.1)));
  const timeBatch = async (fn: () => Promise<void>) => {
    gc();
    start = performance.now();
    for (let i = 0; i < batch; i++) await fn();
    return (performance.now() - start) / batch;
  };
  const runs = rows >= 100_000 ? 7 : 15;
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(await timeBatch(raw));
    b.push(await timeBatch(ours));
  }
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[values.length >> 1] ?? Number.NaN;
  return {
    ours: median(b),
    raw: median(a),
    results: checked.rows.length,
    errors: checked.issues.filter((issue) => issue.severity === 'error').length,
  };
}
