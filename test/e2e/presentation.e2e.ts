import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumForFile } from './support/chromium.ts';
import { guardPage } from './support/page-guard.ts';

const siteUrl = inject('siteUrl');
const browser = chromiumForFile();
const SCREENSHOTS = path.resolve(import.meta.dirname, 'screenshots');

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

/**
 * The 2022 deck of the bundled data: title, glance, Kinh tế 12 rows → 6 + 6, Văn hóa – Xã hội 15 → 5 + 5 + 5,
 * Môi trường 6, Quốc phòng – An ninh 5 (6 rows a slide), behind plan (none), best, years, awards ×2, closing:
 * 2 + 7 + 6 = 15.
 */
const SLIDES_2022 = 15;

async function openDeck(size: { width: number; height: number }, query = '?nam=2022', hash = '') {
  const page = await browser().newPage({ viewport: size });
  const problems = await guardPage(page, siteUrl);
  await page.goto(`${siteUrl}trinh-chieu/${query}${hash}`, { waitUntil: 'networkidle' });
  await page.locator('.deck').waitFor();
  return { page, problems };
}

/** The slide number shown, from the deck and from the hash (they must agree). */
async function position(page: Page): Promise<{ current: number; hash: string }> {
  const current = Number(await page.locator('.deck').getAttribute('data-current'));
  return { current, hash: await page.evaluate(() => window.location.hash) };
}

interface SlideCheck {
  problems: string[];
  minFont: number;
  text: string;
}

/** Overflow, clipping and the smallest text size of the visible slide, measured in the page. */
function checkVisibleSlide(page: Page): Promise<SlideCheck> {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('.deck__stage > .slide:not([hidden])');
    if (!slide) return { problems: ['no visible slide'], minFont: 0, text: '' };
    const problems: string[] = [];
    if (slide.scrollHeight > slide.clientHeight || slide.scrollWidth > slide.clientWidth)
      problems.push(
        `slide scrolls: ${slide.scrollWidth}×${slide.scrollHeight} in ${slide.clientWidth}×${slide.clientHeight}`,
      );
    const box = slide.getBoundingClientRect();
    let minFont = Number.POSITIVE_INFINITY;
    for (const el of slide.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('.visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      const name = `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} “${(el.textContent ?? '').slice(0, 40)}”`;
      if (r.width > 0 || r.height > 0) {
        if (
          r.left < box.left - 0.5 ||
          r.top < box.top - 0.5 ||
          r.right > box.right + 0.5 ||
          r.bottom > box.bottom + 0.5
        )
          problems.push(`outside the slide: ${name}`);
      }
      const ownText = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (!ownText) continue;
      const style = getComputedStyle(el);
      minFont = Math.min(minFont, Number.parseFloat(style.fontSize));
      // Text that spills out of a box that hides its overflow is cut off.
      if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1)
        problems.push(`text clipped: ${name}`);
      if (style.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1)
        problems.push(`text clipped: ${name}`);
      for (const node of el.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || (node.textContent ?? '').trim() === '') continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const t = range.getBoundingClientRect();
        if (
          t.left < box.left - 0.5 ||
          t.top < box.top - 0.5 ||
          t.right > box.right + 0.5 ||
          t.bottom > box.bottom + 0.5
        )
          problems.push(`text outside the slide: ${name}`);
      }
    }
    return { problems, minFont, text: slide.innerText };
  });
}

const SIZES = [
  { width: 1920, height: 1080, minFont: 24 },
  { width: 1024, height: 768, minFont: 18 },
] as const;

for (const size of SIZES) {
  const label = `${size.width}×${size.height}`;
  describe(`the presentation at ${label}`, () => {
    it('follows the clicker’s keys and keeps the slide number in the hash', async () => {
      const { page, problems } = await openDeck(size);
      expect(Number(await page.locator('.deck').getAttribute('data-slide-count'))).toBe(SLIDES_2022);
      expect(await position(page)).toEqual({ current: 1, hash: '#1' });
      await page.keyboard.press('PageDown');
      expect(await position(page)).toEqual({ current: 2, hash: '#2' });
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      expect(await position(page)).toEqual({ current: 4, hash: '#4' });
      await page.keyboard.press('PageUp');
      await page.keyboard.press('ArrowLeft');
      expect(await position(page)).toEqual({ current: 2, hash: '#2' });
      await page.keyboard.press('End');
      expect(await position(page)).toEqual({ current: SLIDES_2022, hash: `#${SLIDES_2022}` });
      await page.keyboard.press('PageDown');
      expect((await position(page)).current).toBe(SLIDES_2022);
      await page.keyboard.press('Home');
      expect(await position(page)).toEqual({ current: 1, hash: '#1' });
      await page.keyboard.press('1');
      await page.keyboard.press('0');
      await expect.poll(() => page.locator('.deck__jump').innerText()).toContain('10');
      await page.keyboard.press('Enter');
      expect(await position(page)).toEqual({ current: 10, hash: '#10' });
      expect(await page.locator('.deck__jump').count()).toBe(0);

      // b / “.” black the screen and bring it back; Esc brings it back too.
      const black = page.locator('.deck__black');
      await page.keyboard.press('b');
      expect(await black.isVisible()).toBe(true);
      await page.keyboard.press('.');
      expect(await black.isVisible()).toBe(false);
      await page.keyboard.press('.');
      expect(await black.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await black.isVisible()).toBe(false);
      expect((await position(page)).current).toBe(10);

      // O shows every slide; arrows pick, Enter opens; Esc closes without moving.
      await page.keyboard.press('o');
      expect(await page.locator('.overview__item').count()).toBe(SLIDES_2022);
      await page.screenshot({
        path: path.join(SCREENSHOTS, `presentation-${size.width}x${size.height}-overview.png`),
      });
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Enter');
      expect(await page.locator('.overview').count()).toBe(0);
      expect(await position(page)).toEqual({ current: 8, hash: '#8' });
      await page.keyboard.press('o');
      await page.keyboard.press('Escape');
      expect(await page.locator('.overview').count()).toBe(0);
      expect((await position(page)).current).toBe(8);
      await page.keyboard.press('o');
      await page.locator('.overview__item').nth(2).click();
      expect(await position(page)).toEqual({ current: 3, hash: '#3' });

      // A click moves on; a reload keeps the place; Esc with nothing open stays on the page.
      await page.locator('.deck__stage').click({ position: { x: 200, y: 200 } });
      expect(await position(page)).toEqual({ current: 4, hash: '#4' });
      await page.reload({ waitUntil: 'networkidle' });
      await page.locator('.deck').waitFor();
      expect(await position(page)).toEqual({ current: 4, hash: '#4' });
      await page.keyboard.press('Escape');
      expect(page.url()).toContain('/trinh-chieu/');
      expect((await position(page)).current).toBe(4);
      // F asks for full screen; a refusal must not show as an error.
      await page.keyboard.press('f');
      await page.keyboard.press('Escape');
      expect(problems.list).toEqual([]);
      await page.close();
    });

    it(`fits every slide without scrolling or clipping, text at least ${size.minFont} px, and saves a screenshot of each`, async () => {
      const { page, problems } = await openDeck(size);
      const failures: string[] = [];
      const fonts: number[] = [];
      for (let n = 1; n <= SLIDES_2022; n += 1) {
        if (n > 1) await page.keyboard.press('PageDown');
        expect((await position(page)).current).toBe(n);
        const check = await checkVisibleSlide(page);
        failures.push(...check.problems.map((p) => `slide ${n}: ${p}`));
        fonts.push(check.minFont);
        await page.screenshot({
          path: path.join(SCREENSHOTS, `presentation-${size.width}x${size.height}-${n}.png`),
        });
      }
      expect(failures).toEqual([]);
      for (const [i, font] of fonts.entries())
        expect(font, `slide ${i + 1}`).toBeGreaterThanOrEqual(size.minFont);
      expect(problems.list).toEqual([]);
      await page.close();
    });

    it('shows 2022 at a glance as the report does: 38 chỉ tiêu, 27 vượt, 11 đạt, 0 không đạt, cited', async () => {
      const { page, problems } = await openDeck(size, '?nam=2022', '#2');
      const figures = await page
        .locator('.deck__stage > .slide:not([hidden]) .glance__figure')
        .evaluateAll((items) => items.map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
      expect(figures).toEqual(['27 Vượt', '11 Đạt', '0 Không đạt']);
      const text = (await checkVisibleSlide(page)).text;
      expect(text).toContain('38 chỉ tiêu');
      expect(text).toContain('21/02/2023');
      expect(text).not.toContain('Dữ liệu minh họa');
      expect(problems.list).toEqual([]);
      await page.close();
    });
  });
}

describe('the presentation, other choices', () => {
  // A laptop on a 720p projector, and a phone (not a target: the 4:3 canvas is letterboxed, so text is small).
  for (const size of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    it(`fits every slide at ${size.width}×${size.height} too, and saves a screenshot of each`, async () => {
      const { page, problems } = await openDeck(size);
      const failures: string[] = [];
      for (let n = 1; n <= SLIDES_2022; n += 1) {
        if (n > 1) await page.keyboard.press('PageDown');
        failures.push(...(await checkVisibleSlide(page)).problems.map((p) => `slide ${n}: ${p}`));
        await page.screenshot({
          path: path.join(SCREENSHOTS, `presentation-${size.width}x${size.height}-${n}.png`),
        });
      }
      expect(failures).toEqual([]);
      expect(problems.list).toEqual([]);
      await page.close();
    });
  }

  it('dates the 2022 title slide by the report (21/02/2023) and labels sample slides', async () => {
    const { page, problems } = await openDeck({ width: 1920, height: 1080 });
    const title = await checkVisibleSlide(page);
    expect(title.text).toContain('Ngày 21/02/2023');
    expect(title.text).toContain('năm 2022');
    await page.keyboard.press('3');
    await page.keyboard.press('Enter');
    const group = await checkVisibleSlide(page);
    expect(group.text).toContain('Kinh tế (1/2)');
    expect(group.text).toContain('Dữ liệu minh họa');
    expect(problems.list).toEqual([]);
    await page.close();
  });

  it('builds a unit’s deck from its own rows and still fits (Xã Kim Nọi, 2022, English)', async () => {
    const { page, problems } = await openDeck(
      { width: 1024, height: 768 },
      '?nam=2022&don-vi=xa-kim-noi&lang=en',
    );
    const count = Number(await page.locator('.deck').getAttribute('data-slide-count'));
    const failures: string[] = [];
    for (let n = 1; n <= count; n += 1) {
      if (n > 1) await page.keyboard.press('PageDown');
      const check = await checkVisibleSlide(page);
      failures.push(...check.problems.map((p) => `slide ${n}: ${p}`));
      if (n === 1) expect(check.text).toContain('Xã Kim Nọi');
    }
    expect(failures).toEqual([]);
    expect(problems.list).toEqual([]);
    await page.close();
  });

  it('builds the partial 2023 deck (estimates, targets without figures) and every slide fits at 1024×768', async () => {
    const { page, problems } = await openDeck({ width: 1024, height: 768 }, '?nam=2023');
    const count = Number(await page.locator('.deck').getAttribute('data-slide-count'));
    const failures: string[] = [];
    const texts: string[] = [];
    for (let n = 1; n <= count; n += 1) {
      if (n > 1) await page.keyboard.press('PageDown');
      const check = await checkVisibleSlide(page);
      failures.push(...check.problems.map((p) => `slide ${n}: ${p}`));
      texts.push(check.text);
      await page.screenshot({ path: path.join(SCREENSHOTS, `presentation-2023-1024x768-${n}.png`) });
    }
    expect(failures).toEqual([]);
    expect(texts[0]).toContain('Số liệu tính đến ngày');
    expect(texts[1]).toContain('Chưa có số liệu');
    expect(texts.join('\n')).toContain('2023 (ước)');
    expect(problems.list).toEqual([]);
    await page.close();
  });

  it('moves on by itself with ?tu-dong= and loops to the first slide', async () => {
    const { page, problems } = await openDeck(
      { width: 1280, height: 720 },
      '?nam=2022&tu-dong=3',
      `#${SLIDES_2022}`,
    );
    expect((await position(page)).current).toBe(SLIDES_2022);
    await expect.poll(async () => (await position(page)).current, { timeout: 8000 }).toBe(1);
    expect(problems.list).toEqual([]);
    await page.close();
  });

  it('reopens offline from the service worker once loaded, on the same slide', async () => {
    const context = await browser().newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    const problems = await guardPage(page, siteUrl);
    await page.goto(`${siteUrl}trinh-chieu/?nam=2022#6`, { waitUntil: 'networkidle' });
    await page.locator('html[data-offline="ready"]').waitFor({ state: 'attached' });
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names[0] ?? '');
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    expect(cached.some((p) => p.endsWith('/trinh-chieu/'))).toBe(true);
    expect(cached.some((p) => p.endsWith('/data/results-2022.csv'))).toBe(true);
    await context.setOffline(true);
    await page.reload({ waitUntil: 'load' });
    await page.locator('.deck').waitFor();
    expect(await position(page)).toEqual({ current: 6, hash: '#6' });
    await page.keyboard.press('PageDown');
    expect((await position(page)).current).toBe(7);
    expect(problems.list.filter((p) => !p.startsWith('console error: Failed to load resource'))).toEqual([]);
    await context.close();
  });

  it('prints one slide a page, every slide, on landscape A4', async () => {
    const { page, problems } = await openDeck({ width: 1920, height: 1080 }, '?nam=2022', '#5');
    const pdf = await page.pdf({
      landscape: true,
      preferCSSPageSize: true,
      printBackground: true,
      path: path.join(SCREENSHOTS, 'presentation-print.pdf'),
    });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(SLIDES_2022);
    expect(problems.list).toEqual([]);
    await page.close();
  });
});
