import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { dataFilesOf, hashFiles } from '../../src/views/public/data-hash.ts';
import { readDataset } from '../../src/views/public/prerender.ts';
import { publicView, rowCount } from '../../src/views/public/public-view.ts';
import { chromiumForFile } from './support/chromium.ts';
import { fullPageShot, twoFrames } from './support/full-page-shot.ts';
import { guardPage } from './support/page-guard.ts';

const siteUrl = inject('siteUrl');
const browser = chromiumForFile();
const pageUrl = `${siteUrl}cong-khai/`;
const ROOT = path.resolve(import.meta.dirname, '../..');
const SHOTS = path.join(import.meta.dirname, 'screenshots');
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The real figures of the report of 21/02/2023 (data/published-*.csv). */
const HEADLINE_2022 = 'Năm 2022: 38 chỉ tiêu, 27 vượt, 11 đạt, 0 không đạt';
const AWARDS_2022 = ['30', '34', '127', '13', '46'];

let rows2022 = 0;
let rows2021 = 0;
let dataHash = '';

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  const dataset = await readDataset(path.join(ROOT, 'data'));
  const view = publicView(dataset, 2022);
  rows2022 = rowCount(view);
  rows2021 = rowCount(publicView(dataset, 2021));
  const dataDir = path.join(ROOT, 'data');
  const names = dataFilesOf(JSON.parse(await readFile(path.join(dataDir, 'manifest.json'), 'utf8')));
  dataHash = hashFiles(
    await Promise.all(names.map(async (n) => [n, await readFile(path.join(dataDir, n))] as const)),
  );
});

async function open(context: BrowserContext, search = ''): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems = await guardPage(page, siteUrl);
  const response = await page.goto(`${pageUrl}${search}`, { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(200);
  return { page, problems: problems.list };
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(await readFile(AXE, 'utf8'));
  const result = await page.evaluate(
    (tags) =>
      (
        window as unknown as {
          axe: {
            run: (
              ctx: Document,
              o: unknown,
            ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    AXE_TAGS,
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the public page /cong-khai/ without JavaScript', () => {
  it('shows the cited 2022 headline, every indicator row, the award counts, the sources and the data date', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const { page, problems } = await open(context);
    expect(await page.locator('.public-headline').innerText()).toBe(HEADLINE_2022);
    expect(await page.locator('.public-overview .source-citation').innerText()).toContain('21/02/2023');
    expect(await page.locator('table.indicator-table tr.indicator-row').count()).toBe(rows2022);
    expect(rows2022).toBe(41); // 38 indicators and the 3 sub-measures of QP02
    expect(await page.locator('table.indicator-table caption').textContent()).toContain('Dữ liệu minh họa');
    expect(await page.locator('.public-section .sample-note').first().innerText()).toContain(
      'Dữ liệu minh họa',
    );
    // Sections below the overview are laid out only when a reader nears them (content-visibility): read the
    // award figures as a reader does, once scrolled to.
    await page.locator('#khen-thuong').scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.locator('.award-table .award-table__figure').allInnerTexts())
      .toEqual(AWARDS_2022);
    expect(await page.locator('.public-data-date').innerText()).toBe('Dữ liệu cập nhật ngày 15/12/2023');
    expect(await page.locator('.public-sources li').count()).toBe(2);
    expect(await page.locator('#cong-khai').getAttribute('data-fingerprint')).toBe(dataHash);
    expect(await page.locator('a[data-download="csv"]').getAttribute('href')).toBe('du-lieu-2022.csv');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('has no axe-core violations (WCAG 2.2 AA and best practice)', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    // axe needs script: run it in a second page of a JS context over the same no-JS markup.
    const html = await page.content();
    const jsContext = await browser().newContext({ bypassCSP: true });
    const jsPage = await jsContext.newPage();
    await jsPage.route('**/*.js', (route) => route.abort());
    await jsPage.goto(pageUrl, { waitUntil: 'networkidle' });
    expect(await jsPage.content()).toBe(html);
    expect(await axeViolations(jsPage)).toEqual([]);
    await context.close();
    await jsContext.close();
  });
});

describe('the public page /cong-khai/ with JavaScript', () => {
  it('loads with no error, no CSP violation, no request to another host, within 120 kB gzip', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const problems = await guardPage(page, siteUrl);
    const sizes: { url: string; gzip: number }[] = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => undefined);
      if (body)
        sizes.push({ url: response.url().replace(siteUrl, ''), gzip: gzipSync(body, { level: 9 }).length });
    });
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    console.log(
      `public page first load: ${total} bytes gzip in ${sizes.length} responses\n${sizes
        .sort((a, b) => b.gzip - a.gzip)
        .slice(0, 6)
        .map((s) => `  ${String(s.gzip).padStart(6)} ${s.url}`)
        .join('\n')}`,
    );
    expect(total).toBeLessThanOrEqual(120_000);
    expect(sizes.some((s) => s.url.startsWith('data/results-2022.csv'))).toBe(true);
    expect(sizes.some((s) => /react|jsx-runtime|recharts/.test(s.url))).toBe(false);
    expect(await page.locator('#sap-xep').isVisible()).toBe(true); // the script ran
    // The data is unchanged and this is the prerendered view: the parser and renderer are not even loaded.
    expect(sizes.some((s) => s.url.includes('public-enhance'))).toBe(false);
    expect(await page.locator('.public-headline').innerText()).toBe(HEADLINE_2022);
    expect(problems.list).toEqual([]);
    await context.close();
  });

  it('paints from the document and one script file: no stylesheet, icon or shared chunk before load', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const problems = await guardPage(page, siteUrl);
    const beforeLoad: string[] = [];
    let loaded = false;
    page.on('load', () => {
      loaded = true;
    });
    page.on('request', (request) => {
      if (!loaded) beforeLoad.push(`${request.resourceType()} ${request.url().replace(siteUrl, '')}`);
    });
    await page.goto(pageUrl, { waitUntil: 'load' });
    expect(beforeLoad).toEqual([
      'document cong-khai/',
      expect.stringMatching(/^script assets\/cong-khai-[\w-]+\.js$/),
    ]);
    // The rest of the script (offline copy, data check) comes after the first paint, then the page is ready.
    await page.locator('html[data-offline="ready"]').waitFor({ state: 'attached' });
    expect(problems.list).toEqual([]);
    await context.close();
  });

  it('has no axe-core violations once the script has run', async () => {
    const context = await browser().newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    await page.locator('#sap-xep').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('switches year and language from the query string and from its links, keeping history', async () => {
    const context = await browser().newContext();
    const { page, problems } = await open(context, '?nam=2021');
    await page.locator('.public-page[data-year="2021"]').waitFor();
    expect(await page.locator('.public-headline').innerText()).toMatch(/^Năm 2021: 38 chỉ tiêu/);
    expect(await page.locator('tr.indicator-row').count()).toBe(rows2021);
    expect(await page.locator('.year-nav a[aria-current="page"]').innerText()).toBe('2021');
    expect(await page.locator('a[data-download="csv"]').getAttribute('href')).toBe('du-lieu-2021.csv');

    await page.locator('.year-nav a[data-year="2022"]').click();
    await page.locator('.public-page[data-year="2022"]').waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('.public-headline').innerText()).toBe(HEADLINE_2022);

    await page.locator('.language-switch').click();
    await page.locator('.public-page[data-lang="en"]').waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('.public-headline').innerText()).toBe(
      '2022: 38 targets, 27 exceeded, 11 met, 0 not met',
    );
    expect(await page.locator('.public-data-date').innerText()).toMatch(/15 Dec 2023/);

    await fullPageShot(page, path.join(SHOTS, 'public-en-1280x720.png'));

    await page.goBack();
    await page.locator('.public-page[data-lang="vi"]').waitFor();
    expect(await page.locator('.public-headline').innerText()).toBe(HEADLINE_2022);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('can be used by keyboard alone: the skip link comes first and leads to the main content', async () => {
    const context = await browser().newContext();
    const { page } = await open(context);
    await page.locator('#sap-xep').waitFor();
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0); // on screen when focused
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung-chinh');
    // The year links are reachable and work with Enter.
    await page.locator('.year-nav a[data-year="2023"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('.public-page[data-year="2023"]').waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.year)).toBe(
      '2023',
    );
    await context.close();
  });

  it('sorts the table by status within each group, sub-measures staying under their indicator', async () => {
    const context = await browser().newContext();
    const { page } = await open(context, '?nam=2023');
    await page.locator('#sap-xep').selectOption('status');
    await page.waitForURL(/sap-xep=status/);
    const rank = { exceeded: 0, met: 1, basicallyMet: 2, notMet: 3, noData: 4 } as Record<string, number>;
    for (const group of await page.locator('table.indicator-table tbody').all()) {
      const statuses = await group
        .locator('tr.indicator-row--level-0')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status') ?? ''));
      const ranks = statuses.map((s) => rank[s] ?? 9);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    const codes = await page
      .locator('tr.indicator-row')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')));
    const qp02 = codes.indexOf('QP02');
    expect(codes.slice(qp02 + 1, qp02 + 4)).toEqual(['QP02a', 'QP02b', 'QP02c']);
    await context.close();
  });
});

describe('the public page on phones, in print and offline', () => {
  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
    [1024, 768],
    [390, 844],
  ] as const) {
    it(`has no horizontal scrolling at ${width}×${height} and targets of at least 24 px (screenshot)`, async () => {
      const context = await browser().newContext({ viewport: { width, height } });
      const { page } = await open(context);
      await page.locator('#sap-xep').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const small = await page.$$eval('a, button, select, summary', (els) =>
        els
          .filter((el) => !el.closest('.visually-hidden') && el.getClientRects().length > 0)
          .filter((el) => !(el.closest('p, li:not(.year-nav li)') && el.matches('.source-citation a')))
          .map((el) => ({ text: el.textContent?.trim().slice(0, 30), box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.height < 24 || box.width < 24)
          .map(({ text, box }) => `${text} ${Math.round(box.width)}×${Math.round(box.height)}`),
      );
      expect(small).toEqual([]);
      await fullPageShot(page, path.join(SHOTS, `public-${width}x${height}.png`));
      if (width < 500) {
        // A full phone page is too tall to look at once: one screen at the top, the table and the awards.
        for (const [name, selector] of [
          ['top', 'body'],
          ['table', 'tr[data-code="QP02"]'],
          ['awards', '#khen-thuong'],
        ] as const) {
          await page.locator(selector).first().scrollIntoViewIfNeeded();
          await twoFrames(page);
          await page.screenshot({ path: path.join(SHOTS, `public-${width}x${height}-${name}.png`) });
        }
      }
      await context.close();
    });
  }

  for (const [width, zoom] of [
    [320, '400 %'],
    [640, '200 %'],
  ] as const) {
    it(`reflows at ${width} CSS px (1280 px at ${zoom} zoom) without sideways scrolling, table as cards`, async () => {
      const context = await browser().newContext({ viewport: { width, height: 640 } });
      const { page } = await open(context);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await page.locator('.indicator-table thead').isVisible()).toBe(false);
      // A card is laid out once a reader nears it (content-visibility): its labels show there.
      await page.locator('tr[data-code="KT01"]').scrollIntoViewIfNeeded();
      await expect
        .poll(() => page.locator('tr[data-code="KT01"] .cell-label').first().isVisible())
        .toBe(true);
      await context.close();
    });
  }

  it('re-renders from data/ when the published files differ from what was prerendered, and says so', async () => {
    // The changed file is served by page.route, which a service worker's own fetches bypass: keep it out.
    const context = await browser().newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const problems = await guardPage(page, siteUrl);
    await page.route('**/data/results-2022.csv', async (route) => {
      const response = await route.fetch();
      const text = (await response.text()).replace(';12,5;13,2;105,6;Vượt;', ';12,5;11,0;88,0;Không đạt;');
      await route.fulfill({ response, body: text });
    });
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    await page.locator('.public-notice--shown').waitFor();
    expect(await page.locator('.public-notice').innerText()).toBe(
      'Trang vừa được cập nhật theo dữ liệu mới công bố.',
    );
    expect(await page.locator('tr[data-code="KT01"]').getAttribute('data-status')).toBe('notMet');
    expect(await page.locator('#cong-khai').getAttribute('data-fingerprint')).not.toBe(dataHash);
    // The report's own figures stay as published; the page says the rows now count otherwise.
    expect(await page.locator('.public-headline').innerText()).toBe(HEADLINE_2022);
    expect(await page.locator('.public-overview .public-note').innerText()).toContain(
      'khác với số đã công bố',
    );
    expect(problems.list).toEqual([]);
    await context.close();
  });

  it('leaves the prerendered page alone (no notice) when the data has not changed', async () => {
    const context = await browser().newContext();
    const { page } = await open(context);
    await page.locator('#sap-xep').waitFor();
    expect(await page.locator('#cong-khai').getAttribute('data-fingerprint')).toBe(dataHash);
    expect(await page.locator('.public-notice').isVisible()).toBe(false);
    await context.close();
  });

  it('downloads the CSV with a BOM and one line per table row, sources and sample flags carried', async () => {
    const context = await browser().newContext({ acceptDownloads: true });
    const { page } = await open(context);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a[data-download="csv"]').click(),
    ]);
    const bytes = await readFile((await download.path()) ?? '');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes
      .toString('utf8')
      .slice(1)
      .split('\r\n')
      .filter((l) => l !== '');
    expect(lines.length).toBe(1 + rows2022);
    expect(lines[0]).toContain('Dữ liệu minh họa;Nguồn');
    expect(lines.slice(1).every((l) => /;Có;"Dữ liệu minh họa do nhóm chitieu soạn/.test(l))).toBe(true);
    const json = JSON.parse(await (await page.request.get(`${pageUrl}du-lieu-2022.json`)).text());
    expect(json.summary).toMatchObject({ total: 38, exceeded: 27, met: 11, notMet: 0, isSample: false });
    expect(json.summary.source.id).toBe('bao-cao-2023-02-21');
    expect(json.indicators).toHaveLength(rows2022);
    await context.close();
  });

  it('prints on A4 with the letterhead, title, year, the whole table and the page address (PDF)', async () => {
    const context = await browser().newContext();
    const { page } = await open(context);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.year-nav').isVisible()).toBe(false);
    expect(await page.locator('.public-address').innerText()).toContain(`${pageUrl}`);
    await page.pdf({ path: path.join(SHOTS, 'public-print.pdf'), format: 'A4', printBackground: true });
    await context.close();
  });

  it('reopens offline from the service worker, saying how old its data is', async () => {
    const context = await browser().newContext();
    const { page, problems } = await open(context);
    await page.locator('html[data-offline="ready"]').waitFor({ state: 'attached' });
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names[0] ?? '');
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    expect(cached.some((p) => p.endsWith('/cong-khai/'))).toBe(true);
    expect(cached.some((p) => p.endsWith('/data/results-2022.csv'))).toBe(true);
    expect(cached.some((p) => p.endsWith('/index.html') || /\/chitieu\/$/.test(p))).toBe(false); // not the dashboard
    expect(cached.some((p) => p.endsWith('/trinh-chieu/'))).toBe(false); // nor the deck, until a clerk opens it
    await context.setOffline(true);
    await page.reload({ waitUntil: 'load' });
    await page.locator('#sap-xep').waitFor();
    expect(await page.locator('.public-headline').innerText()).toBe(HEADLINE_2022);
    expect(await page.locator('.public-data-date').innerText()).toBe('Dữ liệu cập nhật ngày 15/12/2023');
    expect(await page.locator('.public-notice').innerText()).toContain('không có mạng');
    await page.locator('.year-nav a[data-year="2021"]').click();
    await page.locator('.public-page[data-year="2021"]').waitFor();
    expect(problems.filter((p) => !p.startsWith('console error: Failed to load resource'))).toEqual([]);
    await context.close();
  });
});
