import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import {
  evaluateYear,
  indicatorRows,
  matchesIndicatorFilter,
  summariseYear,
  unitValues,
} from '../../src/domain/index.ts';
import type { Dataset } from '../../src/domain/model.ts';
import { DATA_DIR, readDataDir } from '../support/read-data-dir.ts';
import { chromiumForFile } from './support/chromium.ts';
import { fullPageShot, twoFrames } from './support/full-page-shot.ts';
import { guardPage, type PageProblems } from './support/page-guard.ts';
import { PHONE_VIEWS } from './support/phone-views';

const siteUrl = inject('siteUrl');
const browser = chromiumForFile();
const SHOTS = path.resolve(import.meta.dirname, 'screenshots');
let dataset: Dataset;

beforeAll(async () => {
  const loaded = await loadDataset(readDataDir(DATA_DIR));
  if (!loaded.dataset) throw new Error('data/ did not load');
  dataset = loaded.dataset;
});

async function open(
  query: string,
  size = { width: 1280, height: 720 },
): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser().newPage({ viewport: size, acceptDownloads: true });
  const problems = await guardPage(page, siteUrl);
  await page.goto(`${siteUrl}${query}`, { waitUntil: 'networkidle' });
  await page.getByTestId('headline').or(page.locator('.overview__empty')).first().waitFor();
  return { page, problems };
}

/**
 * The sections follow the URL in a transition (`useDeferredValue`, see dashboard-app.tsx): after the URL has
 * changed, wait until they have caught up (`aria-busy` gone) before reading what they show.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.dashboard-view[aria-busy="true"]') === null);
}

const headline = (page: Page) => page.getByTestId('headline').textContent();
const count = (page: Page) => page.getByTestId('result-count').textContent();
const tableRows = (page: Page) => page.locator('.indicator-table__row');

describe('the dashboard at / (built site, served from a sub-folder)', () => {
  it('sorts the table by a column header, inside each group, both ways, and says so in aria-sort', async () => {
    const { page, problems } = await open('?nam=2022');
    const header = page.locator('th.indicator-table__th--name');
    const names = () =>
      page
        .locator('tbody.indicator-table__group')
        .first()
        .locator('.indicator-table__name a')
        .allTextContents();
    const collator = new Intl.Collator('vi');
    const original = await names();
    const ascending = [...original].sort(collator.compare);
    expect(original).not.toEqual(ascending);
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(names).toEqual(ascending);
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(names).toEqual([...ascending].reverse());
    expect(await tableRows(page).count()).toBe(38);
    expect(problems.list).toEqual([]);
    await page.close();
  });

  it('shows the 2022 headline 38 / 27 / 11 / 0 cited to the report of 21/02/2023, and no mismatch', async () => {
    const { page, problems } = await open('?nam=2022');
    expect(await headline(page)).toBe('38 chỉ tiêu: 27 vượt, 11 đạt, 0 không đạt');
    const cite = await page.locator('.overview__published .source-citation').textContent();
    expect(cite).toContain('Hội nghị tổng kết công tác thi đua khen thưởng năm 2022');
    expect(cite).toContain('21/02/2023');
    expect(await page.getByTestId('mismatches').textContent()).toBe('0');
    expect(await page.locator('.overview .chart-panel__summary').first().textContent()).toBe(
      'Năm 2022, 27 trong 38 chỉ tiêu vượt kế hoạch',
    );
    expect(await tableRows(page).count()).toBe(38);
    expect(await count(page)).toBe('Đang hiện 38 trong 38 chỉ tiêu');
    expect(await page.getByText('Dữ liệu minh họa').first().isVisible()).toBe(true);
    const awards = await page.getByTestId('published-awards').textContent();
    for (const n of ['30', '34', '127', '13', '46']) expect(awards).toContain(n);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(problems.list).toEqual([]);
    await page.close();
  });

  it('filters by status through the URL: only the 11 đạt rows remain, each labelled Đạt', async () => {
    const { page, problems } = await open('?nam=2022');
    await page.locator('.status-filter input[value="met"]').check();
    await page.waitForURL(/danh-gia=met/);
    await settled(page);
    expect(await tableRows(page).count()).toBe(11);
    const words = await page.locator('.indicator-table__row .status-badge__word').allTextContents();
    expect(new Set(words)).toEqual(new Set(['Đạt']));
    expect(await count(page)).toBe('Đang hiện 11 trong 38 chỉ tiêu');
    expect(problems.list).toEqual([]);
    await page.close();
  });

  it('finds “Tỷ lệ hộ nghèo” when searching “ty le ho ngheo” without diacritics', async () => {
    const { page, problems } = await open('?nam=2022');
    await page.locator('.indicator-filters input[type="search"]').fill('ty le ho ngheo');
    await page.waitForURL(/tim=ty/);
    await settled(page);
    const expected = indicatorRows(dataset, 2022).filter((r) =>
      matchesIndicatorFilter(r, { search: 'ty le ho ngheo' }),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(await tableRows(page).count()).toBe(expected.length);
    expect(await page.locator('.indicator-table__name a').allTextContents()).toContain('Tỷ lệ hộ nghèo');
    expect(problems.list).toEqual([]);
    await page.close();
  });

  it('echoes a keystroke at once and writes the URL in a task of its own, one history entry for the whole search', async () => {
    const { page, problems } = await open('?nam=2022');
    const box = page.locator('.indicator-filters input[type="search"]');
    await box.focus();
    const before = await page.evaluate(() => history.length);
    // Inside one task: the letters are in the box, the URL has not moved yet (every component reading the URL
    // re-renders when it does, so that work is kept out of the keystroke's task); after the task, it has.
    const seen = await page.evaluate(async () => {
      document.execCommand('insertText', false, 'hộ');
      document.execCommand('insertText', false, ' nghèo');
      const input = document.querySelector<HTMLInputElement>('.indicator-filters input[type="search"]');
      const during = { value: input?.value, search: location.search };
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { during, after: location.search };
    });
    expect(seen.during).toEqual({ value: 'hộ nghèo', search: '?nam=2022' });
    expect(new URLSearchParams(seen.after).get('tim')).toBe('hộ nghèo');
    await settled(page);
    expect(await page.evaluate(() => history.length)).toBe(before);
    expect(await page.locator('.indicator-table__name a').allTextContents()).toContain('Tỷ lệ hộ nghèo');
    // “Xóa bộ lọc” right after a letter: the letter's pending write must not bring the search back.
    const cleared = await page.evaluate(async () => {
      document.execCommand('insertText', false, ' x');
      document.querySelector<HTMLButtonElement>('.indicator-filters__reset')?.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const input = document.querySelector<HTMLInputElement>('.indicator-filters input[type="search"]');
      return { search: location.search, value: input?.value };
    });
    expect(cleared).toEqual({ search: '?nam=2022', value: '' });
    await settled(page);
    expect(await count(page)).toBe('Đang hiện 38 trong 38 chỉ tiêu');
    expect(problems.list).toEqual([]);
    await page.close();
  });

  it('lays out the first skipped blocks below the table while idle: far from the screen, they already have their real height', async () => {
    const { page, problems } = await open('?nam=2022');
    await settled(page);
    // The first row of panels under “Đơn vị và cụm thi đua”: what a search that shrinks the table brings into view.
    const blocks = page
      .locator('.dashboard-section--below')
      .first()
      .locator('.dashboard-grid > .chart-panel');
    expect(await blocks.count()).toBe(2);
    const placeholder = await page.evaluate(() => {
      const probe = document.createElement('figure');
      probe.className = 'chart-panel';
      document.querySelector('.dashboard-section--below')?.append(probe);
      const height = Math.round(probe.getBoundingClientRect().height);
      probe.remove();
      return height;
    });
    // Until a skipped block has been laid out once, it is as tall as its placeholder (contain-intrinsic-size);
    // the idle pre-layout leaves each with its real height, which no longer changes when it is shown.
    const heights = () =>
      blocks.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().height)));
    await expect.poll(heights).not.toContain(placeholder);
    const far = await heights();
    await blocks.first().scrollIntoViewIfNeeded();
    await twoFrames(page);
    expect(await heights()).toEqual(far);
    expect(problems.list).toEqual([]);
    await page.close();
  });

  it('opens an indicator’s detail from its row, with the rule, the history chart and per-unit values; Escape closes it', async () => {
    const { page, problems } = await open('?nam=2022');
    await page.locator('.indicator-table__row[data-code="XH02"] .indicator-table__name a').click();
    await page.waitForURL(/chi-tieu=XH02/);
    await settled(page);
    const dialog = page.locator('dialog.indicator-detail');
    await dialog.waitFor();
    expect(await dialog.locator('h2').textContent()).toBe('XH02. Tỷ lệ hộ nghèo');
    expect(await dialog.locator('.indicator-detail__rule').textContent()).toMatch(/^Kế hoạch là mức tối đa/);
    // The history chart's code (recharts) loads when a detail first opens.
    await dialog.locator('.history-chart svg').first().waitFor();
    expect(await dialog.locator('.history-chart svg').count()).toBeGreaterThan(0);
    const perUnit = unitValues(dataset, 'XH02', 2022);
    expect(perUnit.length).toBeGreaterThan(0);
    expect(await dialog.getByTestId('per-unit').locator('tbody tr').count()).toBe(perUnit.length);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Đóng');
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.search.includes('chi-tieu'));
    await settled(page);
    expect(await dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tỷ lệ hộ nghèo');
    expect(problems.list).toEqual([]);
    await page.close();
  });

  it('switches year: 2021 shows its own figures, worked out from the data', async () => {
    const { page, problems } = await open('?nam=2022');
    await page.locator('.dashboard-controls select').first().selectOption('2021');
    await page.waitForURL(/nam=2021/);
    await settled(page);
    const { total, counts } = summariseYear(evaluateYear(dataset, 2021));
    expect(await headline(page)).toBe(
      `${total} chỉ tiêu: ${counts.exceeded} vượt, ${counts.met} đạt, ${counts.notMet} không đạt`,
    );
    expect(await tableRows(page).count()).toBe(total);
    expect(problems.list).toEqual([]);
    await page.close();
  });

  it('switches unit: ?don-vi= shows that commune’s own figures', async () => {
    const { page, problems } = await open('?nam=2022');
    await page.locator('.dashboard-controls select').nth(1).selectOption('xa-kim-noi');
    await page.waitForURL(/don-vi=xa-kim-noi/);
    await settled(page);
    const card = page.getByTestId('unit-card');
    expect(await card.locator('h3').textContent()).toBe('Số liệu của Xã Kim Nọi năm 2022');
    const rows = indicatorRows(dataset, 2022, 'xa-kim-noi');
    expect(rows.length).toBeGreaterThan(0);
    expect(await card.locator('tbody tr').count()).toBe(rows.length);
    expect(problems.list).toEqual([]);
    await page.close();
  });

  it('shows a commune’s figures on a phone as cards, every badge inside the card, in both languages', async () => {
    for (const [width, lang] of PHONE_VIEWS) {
      const { page, problems } = await open(`?nam=2022&don-vi=xa-kim-noi${lang}`, { width, height: 844 });
      const card = page.getByTestId('unit-card');
      await card.scrollIntoViewIfNeeded();
      await card.locator('tbody tr').first().waitFor();
      const outside = await card.evaluate((el) => {
        const box = el.getBoundingClientRect();
        // Every cell and what is in it (a badge wider than its cell spills out of it).
        return [...el.querySelectorAll('tbody td, tbody th, tbody td *')]
          .map((cell) => [cell.textContent ?? '', cell.getBoundingClientRect()] as const)
          .filter(([, r]) => r.right > box.right + 0.5 || r.left < box.left - 0.5)
          .map(([text]) => text);
      });
      expect(outside, `${width} ${lang}`).toEqual([]);
      // The table is named by the card's title (“Số liệu của … năm 2022”), as a screen reader announces it.
      const title = (await card.locator('h3').textContent()) ?? '';
      expect(title).not.toBe('');
      expect(await card.getByRole('table', { name: title, exact: true }).count()).toBe(1);
      // A cell's label is for the eye: a screen reader names the cell by its figure alone (its column header says
      // what it is), not “Thực hiện 19,18”.
      const figure = ((await card.locator('tbody td[data-label]').first().textContent()) ?? '').trim();
      expect(await card.getByRole('cell', { name: figure, exact: true }).count()).toBeGreaterThan(0);
      // Each figure says what it is (the header row is hidden on phones).
      expect(await card.locator('tbody td[data-label]').count()).toBe(
        3 * (await card.locator('tbody tr').count()),
      );
      expect(problems.list).toEqual([]);
      await page.close();
    }
  });

  it('speaks English with ?lang=en: <html lang>, labels and en number format', async () => {
    const { page, problems } = await open('?nam=2022&lang=en');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await headline(page)).toBe('38 indicators: 27 exceeded, 11 met, 0 not met');
    expect(await page.locator('.page-header__title').textContent()).toBe('Dashboard');
    const row = indicatorRows(dataset, 2022).find((r) => r.code === 'XH02');
    const expected = new Intl.NumberFormat('en-GB', {
      minimumFractionDigits: row?.decimals,
      maximumFractionDigits: row?.decimals,
    }).format(row?.actual ?? Number.NaN);
    expect(expected).toContain('.');
    const cells = await page.locator('.indicator-table__row[data-code="XH02"] td').allTextContents();
    expect(cells).toContain(expected);
    expect(await page.locator('.language-switch').textContent()).toBe('Tiếng Việt');
    expect(problems.list).toEqual([]);
    await page.close();
  });

  it('restores the view on back and forward, and a copied link reopens the same view', async () => {
    const { page, problems } = await open('?nam=2022');
    await page.locator('.status-filter input[value="met"]').check();
    await page.waitForURL(/danh-gia=met/);
    await settled(page);
    await page.locator('.dashboard-controls select').first().selectOption('2021');
    await page.waitForURL(/nam=2021/);
    await settled(page);
    await page.goBack({ waitUntil: 'commit' });
    await page.waitForURL(/nam=2022/);
    await settled(page);
    expect(await headline(page)).toBe('38 chỉ tiêu: 27 vượt, 11 đạt, 0 không đạt');
    expect(await tableRows(page).count()).toBe(11);
    await page.goBack({ waitUntil: 'commit' });
    await page.waitForURL((url) => !url.search.includes('danh-gia'));
    await settled(page);
    expect(await tableRows(page).count()).toBe(38);
    await page.goForward({ waitUntil: 'commit' });
    await page.waitForURL(/danh-gia=met/);
    await settled(page);
    expect(await tableRows(page).count()).toBe(11);
    const met = indicatorRows(dataset, 2022).find((r) => r.status === 'met');
    if (met === undefined) throw new Error('2022 has no đạt indicator');
    await page.locator(`.indicator-table__row[data-code="${met.code}"] .indicator-table__name a`).click();
    await page.waitForURL(new RegExp(`chi-tieu=${met.code}`));
    await settled(page);
    const copied = page.url();
    const second = await open(copied.slice(siteUrl.length));
    await second.page.locator('dialog.indicator-detail').waitFor();
    expect(await second.page.locator('dialog.indicator-detail h2').textContent()).toBe(
      `${met.code}. ${met.name.vi}`,
    );
    expect(await second.page.locator('.status-filter input[value="met"]').isChecked()).toBe(true);
    expect(await tableRows(second.page).count()).toBe(11);
    expect(problems.list).toEqual([]);
    expect(second.problems.list).toEqual([]);
    await page.close();
    await second.page.close();
  }, 120_000);

  it('downloads the table as CSV: BOM, ; separator, a header and one line per row shown', async () => {
    const { page, problems } = await open('?nam=2022&danh-gia=met');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('chi-tieu-2022.csv');
    const bytes = await readFile((await download.path()) ?? '');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes
      .toString('utf8')
      .slice(1)
      .split('\r\n')
      .filter((l) => l !== '');
    expect(lines).toHaveLength(12);
    expect(lines[0]).toMatch(/^TT;Nhóm;Chỉ tiêu;/);
    for (const line of lines.slice(1)) expect(line).toContain(';Đạt;');
    expect(problems.list).toEqual([]);
    await page.close();
  });

  it('downloads the table as XLSX, loading the writer only on click', async () => {
    const { page, problems } = await open('?nam=2022');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải Excel (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('chi-tieu-2022.xlsx');
    const bytes = await readFile((await download.path()) ?? '');
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(problems.list).toEqual([]);
    await page.close();
  });

  it('keeps the page working when a chart throws (?loi-thu=bieu-do): that chart alone shows the alert', async () => {
    const { page, problems } = await open('?nam=2022&loi-thu=bieu-do');
    const alert = page.locator('.overview .chart-panel').first().getByRole('alert');
    expect(await alert.textContent()).toBe('Không vẽ được biểu đồ này.');
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await headline(page)).toBe('38 chỉ tiêu: 27 vượt, 11 đạt, 0 không đạt');
    expect(
      await page.locator('.overview .chart-panel').nth(1).locator('.bar-row svg rect').count(),
    ).toBeGreaterThan(0);
    await page.locator('.status-filter input[value="met"]').check();
    await page.waitForURL(/danh-gia=met/);
    await settled(page);
    expect(await tableRows(page).count()).toBe(11);
    const unexpected = problems.list.filter(
      (p) => !p.includes('failed on purpose') && !p.includes('failed to render'),
    );
    expect(unexpected).toEqual([]);
    expect(problems.list.length).toBeGreaterThan(0);
    await page.close();

    const en = await open('?nam=2022&loi-thu=bieu-do&lang=en');
    expect(await en.page.getByRole('alert').textContent()).toBe('This chart could not be drawn.');
    await en.page.close();
  });

  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
    [1024, 768],
    [390, 844],
  ] as const) {
    it(`looks right at ${width}×${height} (screenshots), with nothing wider than the screen`, async () => {
      const { page, problems } = await open('?nam=2022', { width, height });
      await page.screenshot({ path: path.join(SHOTS, `dashboard-${width}x${height}.png`) });
      // Sections far from the screen are laid out only when they near it (content-visibility): the shot and the
      // overflow check are taken with the viewport as tall as the page, so that every section is drawn.
      await fullPageShot(page, path.join(SHOTS, `dashboard-full-${width}x${height}.png`), async () => {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${width}×${height}`).toBeLessThanOrEqual(0);
      });
      await page.locator('.indicator-table__row[data-code="XH02"] .indicator-table__name a').click();
      await page.locator('dialog.indicator-detail').waitFor();
      await page.screenshot({ path: path.join(SHOTS, `dashboard-detail-${width}x${height}.png`) });
      expect(problems.list).toEqual([]);
      await page.close();
    });
  }
});
