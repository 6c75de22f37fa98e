import type { Page } from 'playwright-core';

/**
 * Waits for two frames: content-visibility content near the screen is drawn in the frame after it got there, so
 * a screenshot taken right after a scroll shows it blank while a reader sees it a frame later.
 */
export const twoFrames = (page: Page): Promise<unknown> =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/**
 * A screenshot of the whole page as a reader scrolling through it sees it. Sections off screen are laid out only
 * when they near the screen (content-visibility), so the viewport is made as tall as the page for the shot: once
 * to lay every section out (the browser then remembers their real heights), then to the page's real height.
 */
export async function fullPageShot(page: Page, file: string, whileTall?: () => Promise<void>): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  const frames = () => twoFrames(page);
  const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: await pageHeight() });
  await frames();
  await page.setViewportSize(viewport);
  await frames();
  await page.setViewportSize({ width: viewport.width, height: await pageHeight() });
  await frames();
  await page.screenshot({ path: file, fullPage: true });
  // Checks that need every section laid out (nothing wider than the screen, say) run here.
  await whileTall?.();
  await page.setViewportSize(viewport);
}
