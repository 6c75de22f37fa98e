import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset';
import { bigResultsCsv, clerkWorkbook2025 } from '../fixtures/import/clerk-workbook';
import { DATA_DIR, readDataDir } from '../support/read-data-dir';
import { chromiumForFile } from './support/chromium.ts';
import { guardPage, type PageProblems } from './support/page-guard.ts';
import { PHONE_VIEWS } from './support/phone-views';

const siteUrl = inject('siteUrl');
const browser = chromiumForFile();
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
const SHOTS = path.resolve(import.meta.dirname, 'screenshots');
const PUBLISHED_2022 = '38 chỉ tiêu: 27 vượt, 11 đạt, 0 không đạt';

/** A fresh browser profile (its own IndexedDB) on the dashboard, guarded. */
async function open(query = '?nam=2022', viewport = { width: 1280, height: 720 }) {
  const context = await browser().newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const problems = await guardPage(page, siteUrl);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${siteUrl}${query}`, { waitUntil: 'networkidle' });
  await page.getByTestId('headline').waitFor();
  return { page, problems, dialogs, close: () => context.close() };
}

// The dashboard's sections follow the URL through useDeferredValue: after a change, poll the headline.
const headline = (page: Page) => page.getByTestId('headline').innerText();
const dialog = (page: Page) => page.locator('dialog.importer-dialog');

async function shoot(page: Page, name: string) {
  for (const [width, height] of [
    [1280, 720],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: path.join(SHOTS, `import-${name}-${width}x${height}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** Drops a file on the page the way a browser does: dragenter, dragover, drop with a DataTransfer holding it. */
async function drop(page: Page, name: string, bytes: Uint8Array) {
  await page.evaluate(
    ({ name, base64 }) => {
      const binary = atob(base64);
      const data = Uint8Array.from(binary, (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name));
      for (const type of ['dragenter', 'dragover', 'drop'])
        document.body.dispatchEvent(
          new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
        );
    },
    { name, base64: Buffer.from(bytes).toString('base64') },
  );
}

async function expectClean(problems: PageProblems, dialogs: string[]) {
  expect(problems.list).toEqual([]);
  expect(dialogs).toEqual([]);
}

describe('importing a clerk’s sheet on the dashboard', () => {
  it('imports the 2024 CSV through the file input: preview, Áp dụng, local banner, reload, one-click return', async () => {
    const { page, problems, dialogs, close } = await open();
    expect(await headline(page)).toBe(PUBLISHED_2022);
    await page.getByTestId('import-input').setInputFiles(path.join(FIXTURES, 'ket-qua-2024.csv'));
    await dialog(page).getByText('Thêm 6 kết quả, thay đổi 0, giữ nguyên 0.').waitFor();
    expect(await page.getByTestId('import-years').innerText()).toBe('2024');
    expect(await page.getByTestId('import-mismatches').innerText()).toContain(
      'Tỷ lệ hộ nghèo (Toàn đơn vị, 2024): Báo cáo ghi “Đạt”, tính theo quy tắc là “Vượt”.',
    );
    await shoot(page, 'preview');
    await dialog(page).getByRole('button', { name: 'Áp dụng' }).click();
    await page.getByTestId('local-data-banner').waitFor();
    // The banner shows once the import is stored; the year follows right after (use-import-slots.tsx `apply`).
    await page.waitForURL((url) => url.searchParams.get('nam') === '2024');
    expect(new URL(page.url()).searchParams.get('nam')).toBe('2024');
    await expect
      .poll(() => headline(page), { timeout: 15_000 })
      .toBe('6 chỉ tiêu: 2 vượt, 3 đạt, 1 không đạt');
    expect(await page.getByTestId('local-data-banner').innerText()).toContain('Dữ liệu cục bộ, chưa công bố');

    await page.reload({ waitUntil: 'networkidle' });
    await page.getByTestId('local-data-banner').waitFor();
    await expect
      .poll(() => headline(page), { timeout: 15_000 })
      .toBe('6 chỉ tiêu: 2 vượt, 3 đạt, 1 không đạt');

    await page.getByRole('button', { name: 'Trở về dữ liệu đã công bố' }).click();
    await page.getByTestId('local-data-banner').waitFor({ state: 'detached' });
    await expect.poll(() => headline(page), { timeout: 15_000 }).toBe(PUBLISHED_2022);
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByTestId('headline').waitFor();
    expect(await page.getByTestId('local-data-banner').count()).toBe(0);
    await expectClean(problems, dialogs);
    await close();
  });

  it('imports the 2025 workbook dropped on the page, skipping an unknown unit with a warning', async () => {
    const { page, problems, dialogs, close } = await open();
    await drop(page, 'ket-qua-2025.xlsx', clerkWorkbook2025());
    await dialog(page).getByText('Thêm 5 kết quả, thay đổi 0, giữ nguyên 0.').waitFor();
    expect(await page.getByTestId('import-years').innerText()).toBe('2025');
    expect(await page.getByTestId('import-warnings').innerText()).toContain(
      'Tệp ket-qua-2025.xlsx, dòng 11, cột C – Đơn vị: đơn vị “Xã Không Có” không có trong danh sách',
    );
    await dialog(page).getByRole('button', { name: 'Áp dụng' }).click();
    await page.getByTestId('local-data-banner').waitFor();
    await expect
      .poll(() => headline(page), { timeout: 15_000 })
      .toBe('4 chỉ tiêu: 3 vượt, 1 đạt, 0 không đạt');
    await expectClean(problems, dialogs);
    await close();
  });

  it('refuses a broken file by row and column and leaves the data shown exactly as it was', async () => {
    const { page, problems, dialogs, close } = await open();
    // textContent, not innerText: innerText leaves out blocks the browser skips while they are off screen
    // (content-visibility), and whether one is drawn at a given moment depends on the idle pre-layout's timing.
    const before = await page.locator('main').textContent();
    await page.getByTestId('import-input').setInputFiles(path.join(FIXTURES, 'ket-qua-loi-2024.csv'));
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    expect(await dialog(page).innerText()).toContain('Không nhập được tệp ket-qua-loi-2024.csv');
    expect(await errors.innerText()).toContain(
      'Tệp ket-qua-loi-2024.csv, dòng 9, cột E – Thực hiện năm 2024: không đọc được số thực hiện “ba trăm mười”',
    );
    expect(await dialog(page).getByRole('button', { name: 'Áp dụng' }).count()).toBe(0);
    await shoot(page, 'errors');
    await dialog(page).getByRole('button', { name: 'Đóng' }).click();
    await dialog(page).waitFor({ state: 'hidden' });
    expect(await headline(page)).toBe(PUBLISHED_2022);
    expect(await page.locator('main').textContent()).toBe(before);
    expect(new URL(page.url()).searchParams.get('nam')).toBe('2022');
    expect(await page.getByTestId('local-data-banner').count()).toBe(0);
    await expectClean(problems, dialogs);
    await close();
  });

  it('lists the first changes on a phone as cards, every cell inside the dialog and labelled', async () => {
    for (const [width, lang] of PHONE_VIEWS) {
      const { page, problems, dialogs, close } = await open(`?nam=2022${lang}`, { width, height: 844 });
      await page.getByTestId('import-input').setInputFiles(path.join(FIXTURES, 'ket-qua-2024.csv'));
      const table = dialog(page).locator('table.importer-table');
      await table.locator('tbody tr').first().waitFor();
      const outside = await table.evaluate((el) => {
        const box = (el.closest('dialog') ?? el).getBoundingClientRect();
        return [...el.querySelectorAll('tbody td, tbody th')]
          .map((cell) => [cell.textContent ?? '', cell.getBoundingClientRect()] as const)
          .filter(([, r]) => r.right > box.right + 0.5 || r.left < box.left - 0.5)
          .map(([text]) => text);
      });
      expect(outside, `${width} ${lang}`).toEqual([]);
      // The indicator's name has a line of its own, as wide as the card (it was squeezed to a word a line).
      const widths = await table.evaluate((el) => {
        const row = el.querySelector('tbody tr');
        return [
          row?.querySelector('th')?.getBoundingClientRect().width ?? 0,
          row?.getBoundingClientRect().width ?? 0,
        ];
      });
      expect(widths[0], `${width} ${lang}`).toBeGreaterThan(0.9 * (widths[1] ?? 0));
      const rows = await table.locator('tbody tr').count();
      expect(await table.locator('tbody td[data-label]').count()).toBe(4 * rows);
      // The labels are for the eye: a screen reader names a cell by its content (its column header says the rest).
      const year = ((await table.locator('tbody td[data-label]').nth(1).textContent()) ?? '').trim();
      expect(year).toBe('2024');
      expect(await table.getByRole('cell', { name: '2024', exact: true }).count()).toBe(rows);
      await expectClean(problems, dialogs);
      await close();
    }
  });

  it('refuses the same file in English with “row 9, column E”', async () => {
    const { page, close } = await open('?nam=2022&lang=en');
    await page.getByTestId('import-input').setInputFiles(path.join(FIXTURES, 'ket-qua-loi-2024.csv'));
    expect(await page.getByTestId('import-errors').innerText()).toContain(
      'File ket-qua-loi-2024.csv, row 9, column E – Thực hiện năm 2024: the actual “ba trăm mười” could not be read',
    );
    await close();
  });

  it('shows hostile cells as text and neutralises them in the CSV and XLSX exports, negative numbers kept', async () => {
    const { page, problems, dialogs, close } = await open();
    const images = await page.locator('img').count();
    await page.getByTestId('import-input').setInputFiles(path.join(FIXTURES, 'ky-tu-nguy-hiem-2026.csv'));
    await dialog(page).getByText('<img src=x onerror=alert(1)>').first().waitFor();
    expect(await page.locator('img').count()).toBe(images);
    await dialog(page).getByRole('button', { name: 'Áp dụng' }).click();
    await page.getByTestId('local-data-banner').waitFor();
    await expect
      .poll(() => page.locator('main').innerText(), { timeout: 15_000 })
      .toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('img').count()).toBe(images);

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải số liệu đã nhập dạng CSV' }).click(),
    ]);
    const csv = await readFile((await csvDownload.path()) ?? '', 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`;"'=HYPERLINK(""http://evil.example/"",""Bấm vào đây"")";`);
    expect(csv).toContain(`;'+cmd|' /C calc'!A0;`);
    expect(csv).toContain(`;'@SUM(1+1);`);
    expect(csv).toContain(`;'-1+2;`);
    expect(csv).toContain(';Tốc độ tăng giá trị sản xuất;;%;5;-1,5;');

    const [xlsxDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải số liệu đã nhập dạng Excel (.xlsx)' }).click(),
    ]);
    const book = XLSX.read(await readFile((await xlsxDownload.path()) ?? ''), { type: 'buffer' });
    const sheet = book.Sheets[book.SheetNames[0] ?? ''];
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet ?? {}, { header: 1, raw: true });
    const cells = rows.flat();
    expect(cells).toContain(`'=HYPERLINK("http://evil.example/","Bấm vào đây")`);
    expect(cells).toContain(`'+cmd|' /C calc'!A0`);
    expect(cells).toContain(`'-1+2`);
    expect(cells).toContain('<img src=x onerror=alert(1)>');
    expect(cells).toContain(-1.5);
    expect(Object.values(sheet ?? {}).some((cell) => typeof cell === 'object' && cell && 'f' in cell)).toBe(
      false,
    );
    await expectClean(problems, dialogs);
    await close();
  });

  it('downloads a CSV template that imports back as one clean row', async () => {
    const { page, problems, dialogs, close } = await open();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải mẫu dạng CSV' }).click(),
    ]);
    const file = (await download.path()) ?? '';
    const text = await readFile(file, 'utf8');
    expect(text.split('\r\n')[1]).toBe(
      'TT;Mã chỉ tiêu;Chỉ tiêu;Đơn vị;Đơn vị tính;Kế hoạch năm 2024;Thực hiện năm 2024;% so KH;Đánh giá;Ngày số liệu;Ghi chú',
    );
    await page.getByTestId('import-input').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'text/csv',
      buffer: await readFile(file),
    });
    await dialog(page).getByText('Thêm 1 kết quả, thay đổi 0, giữ nguyên 0.').waitFor();
    await dialog(page).getByRole('button', { name: 'Hủy' }).click();
    await dialog(page).waitFor({ state: 'hidden' });
    expect(await headline(page)).toBe(PUBLISHED_2022);
    await expectClean(problems, dialogs);
    await close();
  });

  it('reads 100 000 rows in the worker while the page stays responsive (timing printed)', async () => {
    const published = (await loadDataset(readDataDir(DATA_DIR))).dataset;
    if (!published) throw new Error('bundled data did not load');
    const indicators = published.indicators
      .filter((i) => i.parentCode === undefined)
      .map((i) => ({ code: i.code, name: i.name.vi }));
    const units = ['', ...published.units.filter((u) => u.type === 'xa').map((u) => u.name)];
    const csv = Buffer.from(bigResultsCsv(100_000, indicators, units));
    const { page, problems, dialogs, close } = await open();
    // Measured from the input's change event: Playwright's own hand-over of the 7 MB buffer into the page is a
    // long task of the test harness, not of the page, and comes before it.
    await page.evaluate(() => {
      const w = window as unknown as { changedAt?: number; longTasks: [number, number][] };
      w.longTasks = [];
      document.addEventListener(
        'change',
        () => {
          w.changedAt = performance.now();
        },
        { capture: true },
      );
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask' });
    });
    await page
      .getByTestId('import-input')
      .setInputFiles({ name: 'lon-100000.csv', mimeType: 'text/csv', buffer: csv });
    await page.waitForFunction(
      () => document.querySelector('dialog.importer-dialog')?.textContent?.includes('Số dòng đọc được'),
      undefined,
      { timeout: 60_000, polling: 'raf' },
    );
    const { elapsed, longest, count } = await page.evaluate(() => {
      const w = window as unknown as { changedAt?: number; longTasks: [number, number][] };
      const from = w.changedAt ?? 0;
      const during = w.longTasks.filter(([start]) => start >= from).map(([, duration]) => duration);
      return { elapsed: performance.now() - from, longest: Math.max(0, ...during), count: during.length };
    });
    console.log(
      `import of 100 000 rows (${(csv.byteLength / 1024 / 1024).toFixed(1)} MB CSV): preview ${elapsed.toFixed(0)} ms ` +
        `after the file was chosen; longest main-thread task meanwhile ${longest.toFixed(0)} ms (${count} tasks over 50 ms)`,
    );
    expect(await dialog(page).innerText()).toContain('100.000');
    await dialog(page).getByRole('button', { name: 'Hủy' }).click();
    await expectClean(problems, dialogs);
    await close();
  }, 120_000);
});
