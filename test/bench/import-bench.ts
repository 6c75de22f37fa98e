import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { Dataset } from '../../src/domain/model';
import { serveStatic } from '../e2e/support/static-server.ts';
import { type BenchRow, ms, ratio } from './bench-row.ts';
import { generateClerkCsv, withSyntheticUnits } from './generate-clerk-csv.ts';

type Log = (line: string) => void;

/** What one file's import measured on the dashboard, at 4× CPU slowdown. */
interface ImportFigures {
  /** From choosing the file to the preview's “Áp dụng” button (parse in the worker, diff, preview render). */
  preview: number;
  /** The longest main-thread task meanwhile (a `longtask` entry: 0 when none reached 50 ms). */
  previewTask: number;
  /** From “Áp dụng” to the view no longer busy, on the file's year. */
  apply: number;
  applyTask: number;
}

/**
 * A clerk applies a results file on the dashboard (not a goal of the issue: figures to watch). A province's
 * 100,000-row file for 2024 against a 1,000-row one (the baseline), each in a fresh browser context (its own
 * IndexedDB), on a copy of the built site whose units include the file's communes. Times are taken in Node around
 * Playwright's calls (their own cost, a few milliseconds, is in both); long tasks from a `PerformanceObserver`.
 */
export async function importBench(
  browser: Browser,
  distDir: string,
  base: Dataset,
  log: Log,
): Promise<BenchRow[]> {
  const dir = `${distDir}-import`;
  await rm(dir, { recursive: true, force: true });
  await cp(distDir, dir, { recursive: true });
  const big = generateClerkCsv(base.indicators, 100_000, 2024);
  const small = generateClerkCsv(base.indicators, 1_000, 2024);
  const unitsCsv = path.join(dir, 'data', 'units.csv');
  await writeFile(unitsCsv, withSyntheticUnits(await readFile(unitsCsv, 'utf8'), big.units));
  const files = {
    big: path.join(dir, 'bench-import-100000.csv'),
    small: path.join(dir, 'bench-import-1000.csv'),
  };
  await writeFile(files.big, big.text);
  await writeFile(files.small, small.text);
  const { url, server } = await serveStatic(dir);
  try {
    const baseline = await importOnce(browser, url, files.small);
    const figures = await importOnce(browser, url, files.big);
    log(`  import 1,000 rows: ${JSON.stringify(baseline)}`);
    log(`  import 100,000 rows: ${JSON.stringify(figures)}`);
    const row = (what: string, value: number, base: number): BenchRow => ({
      section: 'import, 4× CPU',
      what: `${what}, 100,000 rows`,
      value: value === 0 ? '< 50 ms' : ms(value),
      baselineName: 'same, 1,000 rows',
      baseline: base === 0 ? '< 50 ms' : ms(base),
      ratio: value === 0 || base === 0 ? '—' : ratio(value / base),
      goal: '—',
    });
    return [
      row('file chosen → preview shown', figures.preview, baseline.preview),
      row('longest main-thread task until the preview', figures.previewTask, baseline.previewTask),
      row('“Áp dụng” → view settled on the file’s year', figures.apply, baseline.apply),
      row('longest main-thread task while applying', figures.applyTask, baseline.applyTask),
    ];
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  }
}

async function importOnce(browser: Browser, siteUrl: string, file: string): Promise<ImportFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${siteUrl}?nam=2022`, { waitUntil: 'networkidle' });
    await page.getByTestId('headline').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1500); // the first load's staged sections and idle work
    const longest = () =>
      page.evaluate(() => {
        const w = window as unknown as { longest: number };
        const value = w.longest;
        w.longest = 0;
        return value;
      });
    await longest();
    let start = Date.now();
    await page.getByTestId('import-input').setInputFiles(file);
    const apply = page.locator('dialog.importer-dialog').getByRole('button', { name: 'Áp dụng' });
    await apply.waitFor({ timeout: 120_000 });
    const preview = Date.now() - start;
    const previewTask = await longest();
    start = Date.now();
    await apply.click();
    await page.waitForURL((u) => u.searchParams.get('nam') === '2024', { timeout: 120_000 });
    await page.getByTestId('local-data-banner').waitFor({ timeout: 120_000 });
    await page.waitForFunction(() => document.querySelector('.dashboard-view[aria-busy]') === null, null, {
      timeout: 120_000,
      polling: 50,
    });
    const applied = Date.now() - start;
    return { preview, previewTask, apply: applied, applyTask: await longest() };
  } finally {
    await context.close();
  }
}
