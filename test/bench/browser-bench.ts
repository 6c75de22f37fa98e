import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Browser, Locator, Page } from 'playwright-core';
import { loadDataset } from '../../src/data/load-dataset';
import type { Dataset } from '../../src/domain/model';
import { chromiumPath, launchChromium } from '../e2e/support/chromium.ts';
import { serveStatic } from '../e2e/support/static-server.ts';
import { readDataDir } from '../support/read-data-dir.ts';
import { type BenchRow, failedRow, ms, ratio } from './bench-row.ts';
import { buildSiteToTemp } from './build-site.ts';
import { generateClerkCsv, withSyntheticUnits } from './generate-clerk-csv.ts';
import { kB } from './gzip-size.ts';
import { importBench } from './import-bench.ts';
import { median } from './measure.ts';
import {
  ACT_MARK,
  breakdownOfLongestTask,
  type CpuProfile,
  describeBreakdown,
  traceCategories,
} from './trace-breakdown.ts';

type Log = (line: string) => void;
/** CHITIEU_BENCH_PROFILE=1: readable (unminified) build and the V8 profiler's functions in the dashboard's log. */
const PROFILE = process.env.CHITIEU_BENCH_PROFILE === '1';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The floor: a bare static page with the public page's text (one <p> per line), no CSS, no script. */
async function writeFloorPage(browser: Browser, siteUrl: string, distDir: string): Promise<string> {
  const page = await browser.newPage();
  await page.goto(`${siteUrl}cong-khai/?nam=2022`, { waitUntil: 'networkidle' });
  const title = await page.title();
  const lang = (await page.locator('html').getAttribute('lang')) ?? 'vi';
  // The page lays out a section only when it nears the screen (content-visibility), and innerText leaves out
  // what is not laid out: read the text with a viewport as tall as the page, so the floor has all of it.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1280, height });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  const text = await page.locator('body').innerText();
  await page.close();
  const body = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
  const html = `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${escapeHtml(title)}"><title>${escapeHtml(title)}</title></head><body>\n${body}\n</body></html>\n`;
  await mkdir(path.join(distDir, 'bench-floor'), { recursive: true });
  await writeFile(path.join(distDir, 'bench-floor', 'index.html'), html);
  return `${siteUrl}bench-floor/`;
}

interface LighthouseFigures {
  lcp: number;
  tbt: number;
  bytes: number;
  scores: Record<string, number>;
}

/** The LCP element of the last run per URL, for the log. */
const lcpElements = new Map<string, string>();

async function runLighthouse(port: number, url: string): Promise<LighthouseFigures> {
  // The default config is Lighthouse's mobile preset: Moto G Power screen, simulated slow 4G (150 ms RTT,
  // 1.6 Mbps down) and 4× CPU slowdown.
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const element = lhr.audits['largest-contentful-paint-element']?.details as
    | { items?: { items?: { node?: { snippet?: string } }[] }[] }
    | undefined;
  lcpElements.set(url, element?.items?.[0]?.items?.[0]?.node?.snippet?.slice(0, 100) ?? '?');
  return {
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    bytes: audit('total-byte-weight'),
    scores: Object.fromEntries(
      Object.entries(lhr.categories).map(([id, c]) => [id, Math.round((c.score ?? Number.NaN) * 100)]),
    ),
  };
}

async function lighthouseBench(
  browser: Browser,
  siteUrl: string,
  distDir: string,
  log: Log,
): Promise<BenchRow[]> {
  const floorUrl = await writeFloorPage(browser, siteUrl, distDir);
  const publicUrl = `${siteUrl}cong-khai/?nam=2022`;
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: FLAGS });
  const runs: { public: LighthouseFigures[]; floor: LighthouseFigures[] } = { public: [], floor: [] };
  try {
    for (let i = 0; i < 3; i++) {
      // Alternate, so that a busy moment of the machine hits both pages alike.
      runs.public.push(await runLighthouse(chrome.port, publicUrl));
      runs.floor.push(await runLighthouse(chrome.port, floorUrl));
      log(
        `  lighthouse run ${i + 1}: public LCP ${ms(runs.public[i]?.lcp ?? Number.NaN)}, floor LCP ${ms(runs.floor[i]?.lcp ?? Number.NaN)}`,
      );
    }
  } finally {
    chrome.kill();
  }
  for (const [url, snippet] of lcpElements) log(`  LCP element of ${url}: ${snippet}`);
  const pick = (which: LighthouseFigures[], f: (x: LighthouseFigures) => number) => median(which.map(f));
  const lcp = pick(runs.public, (x) => x.lcp);
  const floorLcp = pick(runs.floor, (x) => x.lcp);
  const tbt = pick(runs.public, (x) => x.tbt);
  const floorTbt = pick(runs.floor, (x) => x.tbt);
  const bytes = pick(runs.public, (x) => x.bytes);
  const floorBytes = pick(runs.floor, (x) => x.bytes);
  const rows: BenchRow[] = [
    {
      section: 'public page',
      what: 'LCP, Lighthouse mobile, simulated slow 4G (median of 3)',
      value: ms(lcp),
      baselineName: 'bare static page, same text (floor)',
      baseline: ms(floorLcp),
      ratio: ratio(lcp / floorLcp),
      goal: '≤ 1.3× floor',
      met: lcp <= 1.3 * floorLcp,
    },
    {
      section: 'public page',
      what: 'bytes on the wire, gzip (Lighthouse total-byte-weight, with the offline precache)',
      value: `${kB(bytes)} kB`,
      baselineName: 'floor',
      baseline: `${kB(floorBytes)} kB`,
      ratio: ratio(bytes / floorBytes),
      goal: '≤ 120 kB',
      met: bytes <= 120_000,
    },
    {
      section: 'public page',
      what: 'total blocking time',
      value: ms(tbt),
      baselineName: 'floor',
      baseline: ms(floorTbt),
      ratio: floorTbt > 0 ? ratio(tbt / floorTbt) : '—',
      goal: '—',
    },
  ];
  for (const category of ['performance', 'accessibility', 'best-practices', 'seo']) {
    const score = pick(runs.public, (x) => x.scores[category] ?? Number.NaN);
    const floor = pick(runs.floor, (x) => x.scores[category] ?? Number.NaN);
    rows.push({
      section: 'public page',
      what: `Lighthouse ${category} score`,
      value: String(score),
      baselineName: 'floor',
      baseline: String(floor),
      ratio: ratio(score / floor),
      goal: '—',
    });
  }
  return rows;
}

/** A copy of the built site whose data/ adds a province-scale sheet: `rows` per-commune results for 2022. */
async function writeBigSite(distDir: string, base: Dataset, rows: number): Promise<string> {
  const bigDir = `${distDir}-big`;
  await rm(bigDir, { recursive: true, force: true });
  await cp(distDir, bigDir, { recursive: true });
  const data = path.join(bigDir, 'data');
  const file = generateClerkCsv(base.indicators, rows);
  const manifest = JSON.parse(await readFile(path.join(data, 'manifest.json'), 'utf8')) as {
    files: { results: string[] };
  };
  manifest.files.results.push('results-2022-bench.csv');
  await writeFile(path.join(data, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(path.join(data, 'results-2022-bench.csv'), file.text);
  const units = await readFile(path.join(data, 'units.csv'), 'utf8');
  // The check below stops the bench if the copy does not hold every synthetic result (see withSyntheticUnits).
  await writeFile(path.join(data, 'units.csv'), withSyntheticUnits(units, file.units));
  const { dataset, issues } = await loadDataset(readDataDir(data));
  const errors = issues.filter((issue) => issue.severity === 'error');
  const held = dataset?.results.filter((r) => r.unitId?.startsWith('bench-xa-')).length ?? 0;
  if (errors.length > 0 || held !== rows)
    throw new Error(
      `the province-scale site holds ${held} of ${rows} synthetic results, errors: ${JSON.stringify(errors.slice(0, 2))}`,
    );
  return bigDir;
}

async function traced(
  browser: Browser,
  page: Page,
  action: () => Promise<void>,
  settleMs: number,
  log: Log,
  mark = true,
): Promise<number> {
  // With CHITIEU_BENCH_PROFILE=1 the V8 sampling profiler runs through CDP, started before the trace: starting
  // it is a long task of its own (it logs every compiled function), which must not fall in the measured window.
  const cdp = PROFILE ? await page.context().newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.waitForTimeout(500);
  }
  await browser.startTracing(page, { categories: traceCategories() });
  // Mark where the user's action begins: tasks before it (the trace's start-up) do not count.
  if (mark) await page.evaluate((name) => performance.mark(name), ACT_MARK);
  await action();
  await page.waitForTimeout(settleMs);
  const trace = (await browser.stopTracing()).toString('utf8');
  const profile = cdp ? ((await cdp.send('Profiler.stop')).profile as CpuProfile) : undefined;
  await cdp?.detach();
  const breakdown = breakdownOfLongestTask(trace, profile);
  log(describeBreakdown(breakdown));
  return breakdown.longest;
}

/**
 * One user action. `find` runs before the trace starts: Playwright's locators and actionability checks run
 * scripts in the page (role queries over the whole DOM), which at 4× slowdown take hundreds of milliseconds
 * and are not the page's work. `act` then sends only raw input (CDP key and mouse events), as a user would.
 */
interface Interaction {
  name: string;
  /** Finds the control (focused or scrolled into view) and returns the raw input to send, or null. */
  find: (page: Page) => Promise<(() => Promise<void>) | null>;
  /** Whether the step did what it says (checked after it), so that a figure never measures a no-op. */
  took: (page: Page) => Promise<boolean>;
}

const firstOrNull = async (locator: Locator) => ((await locator.count()) > 0 ? locator.first() : null);

const INTERACTIONS: Interaction[] = [
  {
    name: 'filter (type “hộ nghèo” in the search box, key by key)',
    find: async (page) => {
      const box = await firstOrNull(
        page.getByRole('searchbox').or(page.getByLabel(/tìm|search|lọc|filter/i)),
      );
      await box?.focus();
      return box && (() => page.keyboard.type('hộ nghèo'));
    },
    took: async (page) => new URL(page.url()).searchParams.get('tim') === 'hộ nghèo',
  },
  {
    name: 'sort (click a column header)',
    find: async (page) => {
      const header = await firstOrNull(page.getByRole('columnheader').getByRole('button'));
      await header?.scrollIntoViewIfNeeded();
      const box = await header?.boundingBox();
      if (!box) return null;
      // The pointer is already on the button, as a reader's is when they press it: the hover (pointerover,
      // mouseover, mousemove, the :hover style) happens before the trace, in tasks of its own, as it does for a
      // real mouse. A `mouse.click` inside the trace sent the move, press and release at once, and Chromium ran
      // all three in one task, counting the hover as the sort's work.
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForTimeout(300);
      return async () => {
        await page.mouse.down();
        await page.mouse.up();
      };
    },
    took: async (page) => (await page.locator('th[aria-sort]').count()) > 0,
  },
  {
    name: 'year switch (2022 → 2021, arrow key on the Năm select)',
    find: async (page) => {
      const select = await firstOrNull(
        page
          .getByRole('combobox', { name: /^\s*(năm|year)/i })
          .or(page.locator('label', { hasText: /^\s*(Năm|Year)/ }).locator('select')),
      );
      await select?.focus();
      // The years are listed oldest first, so the key before 2022 is 2021 (the log shows the URL after the step).
      return select && (() => page.keyboard.press('ArrowUp'));
    },
    took: async (page) => new URL(page.url()).searchParams.get('nam') === '2021',
  },
  {
    // Back into the year of the 100,000 rows: the harder direction, where the units of the province are ranked
    // again (the step before leaves 2022 for a year with the bundled rows only).
    name: 'year switch back (2021 → 2022, into the year of the 100,000 rows)',
    find: async (page) => {
      const select = page.getByRole('combobox', { name: /^\s*(năm|year)/i }).first();
      await select.focus();
      return () => page.keyboard.press('ArrowDown');
    },
    took: async (page) => new URL(page.url()).searchParams.get('nam') === '2022',
  },
];

/**
 * Waits until the dashboard has caught up with the step: no `aria-busy` on its view (staged charts redrawn, the
 * rankings computed over their tasks, src/ui/use-stepwise.ts), so the trace holds every task the step caused.
 */
const settled = (page: Page) =>
  page.waitForFunction(() => document.querySelector('.dashboard-view[aria-busy]') === null, null, {
    polling: 250,
    timeout: 120_000,
  });

async function dashboardFigures(
  browser: Browser,
  url: string,
  log: Log,
  label: string,
): Promise<Map<string, number | undefined>> {
  const figures = new Map<string, number | undefined>();
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const start = Date.now();
  figures.set(
    'load',
    await traced(
      browser,
      page,
      async () => {
        await page.goto(url, { waitUntil: 'networkidle', timeout: 240_000 });
        // Ready: the loading message is gone and the page shows its heading (parsing ends after the network).
        await page.waitForFunction(
          () =>
            !/Đang tải|Loading/i.test(document.body.textContent ?? '') &&
            document.querySelector('main h1, main h2') !== null,
          null,
          { timeout: 240_000, polling: 250 },
        );
      },
      500,
      log,
      false,
    ),
  );
  const shot = path.resolve(
    import.meta.dirname,
    '../e2e/screenshots',
    `bench-dashboard-${label.replace(/\W+/g, '-')}.png`,
  );
  await mkdir(path.dirname(shot), { recursive: true });
  await page.screenshot({ path: shot });
  log(
    `  dashboard ${label}: loaded in ${Date.now() - start} ms at 4× slowdown, longest task ${ms(figures.get('load') ?? Number.NaN)}`,
  );
  for (const interaction of INTERACTIONS) {
    const act = await interaction.find(page).catch((error: Error) => {
      log(`  ${interaction.name}: ${error.message.split('\n')[0]}`);
      return null;
    });
    if (!act) {
      figures.set(interaction.name, undefined);
      log(`  dashboard ${label}: ${interaction.name}: no such control`);
      continue;
    }
    let settledAfter = Number.NaN;
    const longest = await traced(
      browser,
      page,
      async () => {
        const begun = Date.now();
        await act();
        await settled(page);
        settledAfter = Date.now() - begun;
      },
      1500,
      log,
    );
    const took = await interaction.took(page);
    figures.set(interaction.name, took ? longest : undefined);
    if (!took) log(`  dashboard ${label}: ${interaction.name} did not happen; no figure`);
    // How long the view stayed busy (staged charts, a province's rankings): to within the 250 ms of polling.
    log(
      `  dashboard ${label}: ${interaction.name}: ${ms(longest)}, view settled after ${ms(settledAfter)} (URL now ${new URL(page.url()).search})`,
    );
  }
  await page.close();
  return figures;
}

async function dashboardBench(
  browser: Browser,
  distDir: string,
  base: Dataset,
  log: Log,
): Promise<BenchRow[]> {
  const rows = 100_000;
  const bigDir = await writeBigSite(distDir, base, rows);
  const small = await serveStatic(distDir, '/chitieu/', { gzip: true });
  const big = await serveStatic(bigDir, '/chitieu/', { gzip: true });
  try {
    const baseline = await dashboardFigures(browser, `${small.url}?nam=2022`, log, 'bundled data');
    const measured = await dashboardFigures(browser, `${big.url}?nam=2022`, log, `+${rows} rows`);
    return ['load', ...INTERACTIONS.map((i) => i.name)].map((name) => {
      const value = measured.get(name);
      const floor = baseline.get(name);
      const isLoad = name === 'load';
      return {
        section: 'dashboard, 4× CPU',
        what: `longest main-thread task: ${isLoad ? 'first load' : name}, bundled + 100k rows`,
        value:
          value === undefined
            ? 'missing: no such control, or the step did not happen (see the log)'
            : ms(value),
        baselineName: 'same, bundled data only',
        baseline: floor === undefined ? 'n/a' : ms(floor),
        ratio: value !== undefined && floor !== undefined ? ratio(value / floor) : '—',
        goal: isLoad ? '—' : '≤ 50 ms',
        ...(!isLoad && value !== undefined && { met: value <= 50 }),
        ...(!isLoad && value === undefined && { met: false }),
      };
    });
  } finally {
    await Promise.all(
      [small.server, big.server].map((s: Server) => new Promise((resolve) => s.close(resolve))),
    );
    await rm(bigDir, { recursive: true, force: true });
  }
}

/** The browser sections: builds the site for production, serves it from a sub-folder like the e2e tests. */
export async function browserBench(
  base: Dataset,
  sections: { lighthouse: boolean; dashboard: boolean; import: boolean },
  log: Log,
): Promise<BenchRow[]> {
  const site = await buildSiteToTemp();
  const { url, server } = await serveStatic(site.distDir, '/chitieu/', { gzip: true });
  const browser = await launchChromium();
  const rows: BenchRow[] = [];
  try {
    if (sections.lighthouse) {
      log('== lighthouse');
      rows.push(...(await lighthouseBench(browser, url, site.distDir, log)));
    }
    if (sections.dashboard) {
      log('== dashboard');
      rows.push(...(await dashboardBench(browser, site.distDir, base, log)));
    }
    if (sections.import) {
      log('== import');
      // A failure here is a row of its own: the other browser sections' figures stand.
      rows.push(
        ...(await importBench(browser, site.distDir, base, log).catch((error: Error) => {
          log(`  import failed: ${error.stack ?? error}`);
          return [failedRow('import, 4× CPU', error)];
        })),
      );
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    await site.remove();
  }
  return rows;
}
