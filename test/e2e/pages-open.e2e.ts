import { describe, expect, inject, it } from 'vitest';
import { chromiumForFile } from './support/chromium.ts';
import { guardPage } from './support/page-guard.ts';

const siteUrl = inject('siteUrl');
const browser = chromiumForFile();

/** The 2022 figures of the report of 21/02/2023, as each page words them. */
const HEADLINE_2022 = /38 chỉ tiêu[:,] 27 vượt, 11 đạt, 0 không đạt/;

describe('the built site, served from a sub-folder, shows the 2022 figures from data/ on every page', () => {
  for (const [name, path, ready] of [
    ['dashboard', '?nam=2022', 'main h2'],
    ['presentation', 'trinh-chieu/?nam=2022#2', '.deck'],
    ['public page', 'cong-khai/?nam=2022', '.public-headline'],
  ] as const) {
    it(`opens the ${name} at /${path} without errors, CSP violations or requests to other hosts`, async () => {
      const page = await browser().newPage();
      const problems = await guardPage(page, siteUrl);
      const response = await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      await page.locator(ready).first().waitFor();
      const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
      if (name === 'presentation') {
        // The year-at-a-glance slide: big numbers, each with its word.
        expect(text).toMatch(/38 chỉ tiêu/);
        expect(text).toMatch(/27 ▲? ?Vượt/);
        expect(text).toMatch(/11 ●? ?Đạt/);
      } else {
        expect(text).toMatch(HEADLINE_2022);
      }
      expect(problems.list).toEqual([]);
      await page.close();
    });
  }
});
