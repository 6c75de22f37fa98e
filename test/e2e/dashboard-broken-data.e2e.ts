import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { guardPage } from './support/page-guard.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the dashboard over a published data set with a broken cell', () => {
  it('names the file, row and column in the user’s language and keeps showing everything it could read', async () => {
    const page = await browser.newPage();
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
    const page = await browser.newPage();
    await page.goto(`${siteUrl}?nam=2022`, { waitUntil: 'networkidle' });
    await page.locator('main h2').first().waitFor();
    expect(await page.getByTestId('published-issues').count()).toBe(0);
    await page.close();
  });
});
