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

describe('the built site, served from a sub-folder', () => {
  for (const [name, path] of [
    ['dashboard', ''],
    ['presentation', 'trinh-chieu/'],
    ['public page', 'cong-khai/'],
  ] as const) {
    it(`opens the ${name} at /${path} without errors, CSP violations or requests to other hosts`, async () => {
      const page = await browser.newPage();
      const problems = await guardPage(page, siteUrl);
      const response = await page.goto(`${siteUrl}${path}?nam=2022`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(await page.locator('body').innerText()).not.toBe('');
      expect(problems.list).toEqual([]);
      await page.close();
    });
  }
});
