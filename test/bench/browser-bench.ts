import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Browser, Page } from 'playwright-core';
import type { Dataset } from '../../src/domain/model';
import { chromiumPath, launchChromium } from '../e2e/support/chromium.ts';
import { type BenchRow, ms, ratio } from './bench-row.ts';
import { buildSiteToTemp } from './build-site.ts';
import { generateClerkCsv } from './generate-clerk-csv.ts';
import { kB } from './gzip-size.ts';
import { median } from './measure.ts';
import { serveGzip } from './serve-gzip.ts';

type Log = (line: string) => void;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The floor: a bare static page with the public page's text (one <p> per line), no CSS, no script. */
async function writeFloorPage(browser: Browser, siteUrl: string, distDir: string): Promise<string> {
  const page = await browser.newPage();
  await page.goto(`${siteUrl}cong-khai/?nam=2022`, { waitUntil: 'networkidle' });
  const title = await page.title();
  const lang = (await page.locator('html').getAttribute('lang')) ?? 'vi';
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
  const extra = file.units.map((u) => `${u.id},,${u.name},,xa,huyen-mu-cang-chai,,,,true`).join('\n');
  await writeFile(path.join(data, 'units.csv'), `${units.trimEnd()}\n${extra}\n`);
  return bigDir;
}

/** The longest main-thread task (ms) of the page's renderer in a Chromium trace. */
function longestTask(trace: Buffer): number {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as {
    traceEvents: {
      name: string;
      ph: string;
      pid: number;
      tid: number;
      dur?: number;
      args?: { name?: string };
    }[];
  };
  const mainThreads = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  let longest = 0;
  for (const e of traceEvents)
    if (e.name === 'RunTask' && e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`))
      longest = Math.max(longest, (e.dur ?? 0) / 1000);
  return longest;
}

async function traced(
  browser: Browser,
  page: Page,
  action: () => Promise<void>,
  settleMs: number,
): Promise<number> {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await action();
  await page.waitForTimeout(settleMs);
  return longestTask(await browser.stopTracing());
}

interface Interaction {
  name: string;
  /** Performs the interaction, or returns false when the page offers no such control. */
  run: (page: Page) => Promise<boolean>;
}

const INTERACTIONS: Interaction[] = [
  {
    name: 'filter (type in the search box)',
    run: async (page) => {
      const box = page
        .getByRole('searchbox')
        .or(page.getByLabel(/tìm|search|lọc|filter/i))
        .first();
      if ((await box.count()) === 0) return false;
      await box.fill('hộ nghèo');
      return true;
    },
  },
  {
    name: 'sort (click a column header)',
    run: async (page) => {
      const header = page.getByRole('columnheader').getByRole('button').first();
      if ((await header.count()) === 0) return false;
      await header.click();
      return true;
    },
  },
  {
    name: 'year switch (2022 → 2021)',
    run: async (page) => {
      const select = page
        .getByRole('combobox', { name: /^\s*(năm|year)/i })
        .or(page.locator('label', { hasText: /^\s*(Năm|Year)/ }).locator('select'))
        .first();
      if ((await select.count()) > 0) {
        await select.selectOption('2021');
        return true;
      }
      const control = page
        .getByRole('link', { name: '2021', exact: true })
        .or(page.getByRole('button', { name: '2021', exact: true }))
        .or(page.getByRole('tab', { name: '2021', exact: true }))
        .first();
      if ((await control.count()) === 0) return false;
      await control.click();
      return true;
    },
  },
];

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
    let found = false;
    const longest = await traced(
      browser,
      page,
      async () => {
        found = await interaction.run(page).catch((error: Error) => {
          log(`  ${interaction.name}: ${error.message.split('\n')[0]}`);
          return false;
        });
      },
      1500,
    );
    figures.set(interaction.name, found ? longest : undefined);
    log(`  dashboard ${label}: ${interaction.name}: ${found ? ms(longest) : 'no such control'}`);
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
  const small = await serveGzip(distDir);
  const big = await serveGzip(bigDir);
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
        value: value === undefined ? 'missing: no such control' : ms(value),
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
  sections: { lighthouse: boolean; dashboard: boolean },
  log: Log,
): Promise<BenchRow[]> {
  const site = await buildSiteToTemp();
  const { url, server } = await serveGzip(site.distDir);
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
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    await site.remove();
  }
  return rows;
}
