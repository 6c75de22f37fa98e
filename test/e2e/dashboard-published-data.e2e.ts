import { describe, expect, inject, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { rankUnits } from '../../src/domain/index.ts';
import { generateClerkCsv, withSyntheticUnits } from '../bench/generate-clerk-csv.ts';
import { DATA_DIR, readDataDir } from '../support/read-data-dir.ts';
import { chromiumForFile } from './support/chromium.ts';
import { guardPage } from './support/page-guard.ts';

const siteUrl = inject('siteUrl');
const browser = chromiumForFile();

describe('the dashboard over a published data set with a broken cell', () => {
  it('names the file, row and column in the user’s language and keeps showing everything it could read', async () => {
    const page = await browser().newPage();
    const problems = await guardPage(page, siteUrl);
    // The host serves a results-2022.csv whose first actual (KT01, Excel row 7, column F) is not a number.
    await page.route('**/data/results-2022.csv', async (route) => {
      const response = await route.fetch();
      const text = (await response.text()).replace(';12,5;13,2;', ';12,5;mười ba;');
      await route.fulfill({ response, body: text });
    });
    await page.goto(`${siteUrl}?nam=2022`, { waitUntil: 'networkidle' });
    const panel = page.getByTestId('published-issues');
    await panel.waitFor();
    const said = (await panel.innerText()).replace(/\s+/g, ' ');
    expect(said).toContain('Tệp results-2022.csv, dòng 7, cột F – Thực hiện năm 2022');
    expect(said).toContain('“mười ba”');
    // The other 37 indicators and the awards are still there; the page did not go white.
    const body = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(body).toMatch(/37 chỉ tiêu: 26 vượt, 11 đạt, 0 không đạt/);
    // Sections far below the screen are drawn in the frame after a reader scrolls to them
    // (content-visibility: auto); innerText is what is drawn.
    const awards = page.locator('section[aria-labelledby="thi-dua"]');
    await awards.scrollIntoViewIfNeeded();
    await expect.poll(() => awards.innerText()).toContain('127');
    expect(problems.list).toEqual([]);

    await page.goto(`${siteUrl}?nam=2022&lang=en`, { waitUntil: 'networkidle' });
    const english = (await page.getByTestId('published-issues').innerText()).replace(/\s+/g, ' ');
    expect(english).toMatch(/results-2022\.csv, row 7, column F/);
    await page.close();
  });

  it('shows no issue panel on the bundled data as published', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}?nam=2022`, { waitUntil: 'networkidle' });
    await page.locator('main h2').first().waitFor();
    expect(await page.getByTestId('published-issues').count()).toBe(0);
    await page.close();
  });
});

describe('the dashboard over a province-scale data set', () => {
  it('ranks 1,400 communes over several tasks, the units section busy meanwhile, then shows the ranking', async () => {
    const published = (await loadDataset(readDataDir(DATA_DIR))).dataset;
    if (!published) throw new Error('data/ did not load');
    // 50,000 per-commune rows for 2022, published beside the bundled files: a host serving a bigger data/.
    const file = generateClerkCsv(published.indicators, 50_000);
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const problems = await guardPage(page, siteUrl);
    await context.route('**/data/manifest.json', async (route) => {
      const response = await route.fetch();
      const manifest = (await response.json()) as { files: { results: string[] } };
      manifest.files.results.push('results-2022-tinh.csv');
      await route.fulfill({ response, json: manifest });
    });
    await context.route('**/data/units.csv', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: withSyntheticUnits(await response.text(), file.units) });
    });
    await context.route('**/data/results-2022-tinh.csv', (route) =>
      route.fulfill({ status: 200, contentType: 'text/csv; charset=utf-8', body: file.text }),
    );
    // Whether the units section was ever busy with its rankings (it is not by the time the page settles). Its
    // charts' “Đang tính…” is not the record: they redraw in staged turns, and a busy machine may reach their turn
    // only once the rankings are done (seen in a fresh-clone CI run), which skips the message rightly.
    await page.addInitScript(() => {
      const w = window as unknown as { sawPending?: boolean };
      new MutationObserver(() => {
        if (document.querySelector('section[aria-labelledby="don-vi"][aria-busy="true"]'))
          w.sawPending = true;
      }).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['aria-busy'],
      });
    });

    await page.goto(`${siteUrl}?nam=2021`, { waitUntil: 'networkidle' });
    await page.locator('main h2').first().waitFor({ timeout: 60_000 });
    const settled = () =>
      page.waitForFunction(() => document.querySelector('.dashboard-view[aria-busy]') === null, null, {
        timeout: 60_000,
        polling: 100,
      });
    await settled();
    // 2021 has the bundled rows only. Their ranking usually fits in the first slice, but on a busy machine it may
    // not, and the section may be busy for a moment: that is not what this test is about, so the record starts now.
    await page.evaluate(() => {
      (window as { sawPending?: boolean }).sawPending = false;
    });

    await page.getByRole('combobox', { name: /^Năm/ }).selectOption('2022');
    await page.waitForURL(/nam=2022/);
    await settled();
    expect(await page.evaluate(() => (window as { sawPending?: boolean }).sawPending ?? false)).toBe(true);
    const units = page.locator('section[aria-labelledby="don-vi"]');
    await units.scrollIntoViewIfNeeded();
    // Every synthetic commune, and the bundled units with their own rows in 2022 (the district is not ranked).
    const bundled = rankUnits(published, 2022).filter((u) => u.unitId !== published.organisation.unitId);
    const total = (file.units.length + bundled.length).toLocaleString('vi-VN');
    await expect.poll(() => units.innerText()).toContain(`Biểu đồ vẽ 20 trong ${total} đơn vị`);
    expect(await units.innerText()).not.toContain('Đang tính…');

    // The unit choice offers every commune (rendered after the first paint, in a transition) and takes one.
    const unitSelect = page.getByRole('combobox', { name: /^Đơn vị/ });
    const communes = unitSelect.locator('option[value^="bench-xa-"]');
    await expect.poll(() => communes.count(), { timeout: 30_000 }).toBe(file.units.length);
    const chosen = file.units[700];
    if (!chosen) throw new Error('the generated sheet has fewer than 701 communes');
    await unitSelect.selectOption(chosen.id);
    await page.waitForURL(new RegExp(`don-vi=${chosen.id}`));
    // Opened at that address, the page shows the commune as chosen from its first render with data.
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('main h2').first().waitFor({ timeout: 60_000 });
    expect(await unitSelect.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe(
      chosen.name,
    );
    await expect.poll(() => communes.count(), { timeout: 30_000 }).toBe(file.units.length);
    expect(await unitSelect.inputValue()).toBe(chosen.id);
    expect(problems.list).toEqual([]);
    await context.close();
  });
});
