import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { contentSecurityPolicy, styleHash } from '../../src/app/build/content-security-policy.ts';
import { chromiumForFile } from './support/chromium.ts';
import { guardPage } from './support/page-guard.ts';

const siteUrl = inject('siteUrl');
const browser = chromiumForFile();
const distDir = inject('distDir');

const PAGES = [
  ['dashboard', ''],
  ['presentation', 'trinh-chieu/'],
  ['public page', 'cong-khai/'],
] as const;

/** Every file below `dir` whose name ends in `ext`, relative to `dir`. */
async function filesIn(dir: string, ext: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

describe('the built HTML pages', () => {
  it('are the three pages, each with the strict CSP meta, no inline script or style and no event-handler attribute', async () => {
    const pages = await filesIn(distDir, '.html');
    expect(pages).toEqual(
      expect.arrayContaining(['index.html', 'trinh-chieu/index.html', 'cong-khai/index.html']),
    );
    const offences: string[] = [];
    for (const file of pages) {
      const html = await readFile(path.join(distDir, file), 'utf8');
      // The public page inlines its one stylesheet (its first paint waits for no request): its policy allows
      // exactly that text by its hash. Every other page has no <style> and the plain policy.
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
      const expected = contentSecurityPolicy(styles.map(styleHash));
      const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)];
      if (metas.length !== 1 || metas[0]?.[1] !== expected)
        offences.push(`${file}: CSP meta missing or changed`);
      const head = html.slice(0, html.search(/<\/head>/i));
      if (!/<meta\s+http-equiv="Content-Security-Policy"/i.test(head))
        offences.push(`${file}: CSP meta not in <head>`);
      if (styles.length !== (file === 'cong-khai/index.html' ? 1 : 0))
        offences.push(`${file}: ${styles.length} <style> elements`);
      const headStyles = [...head.matchAll(/<style\b[^>]*>/gi)];
      if (
        headStyles.length !== (html.match(/<style\b/gi) ?? []).length ||
        headStyles.some((m) => m[0] !== '<style>')
      )
        offences.push(`${file}: a <style> outside <head> or with attributes`);
      if (
        headStyles.some((m) => (m.index ?? 0) < head.search(/<meta\s+http-equiv="Content-Security-Policy"/i))
      )
        offences.push(`${file}: a <style> before the CSP meta`);
      for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        if ((body ?? '').trim() !== '') offences.push(`${file}: inline script ${body?.trim().slice(0, 60)}`);
        if (!/\bsrc=/.test(attrs ?? '')) offences.push(`${file}: script without src`);
        if (/\bsrc=["']?(https?:)?\/\//i.test(attrs ?? ''))
          offences.push(`${file}: script from another host`);
      }
      if (/\sstyle\s*=/i.test(html)) offences.push(`${file}: style= attribute`);
      if (/\son[a-z]+\s*=/i.test(html)) offences.push(`${file}: on…= event handler attribute`);
      if (/(href|src|action)=["']?(https?:)?\/\/(?!www\.w3\.org)/i.test(html.replace(/<a\b[^>]*>/gi, '')))
        offences.push(`${file}: a resource from another host`);
    }
    expect(offences).toEqual([]);
  });

  it('ship no script that builds a worker from a blob: URL or runs code from a string', async () => {
    const offences: string[] = [];
    for (const file of await filesIn(distDir, '.js')) {
      const js = await readFile(path.join(distDir, file), 'utf8');
      if (/new Worker\(\s*URL\.createObjectURL/.test(js)) offences.push(`${file}: blob: worker`);
      if (/\bnew Function\(\s*["'`]/.test(js)) offences.push(`${file}: new Function from a string`);
    }
    expect(offences).toEqual([]);
  });
});

async function open(page: Page, url: string) {
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(200);
}

describe('every page under its CSP', () => {
  for (const [name, pagePath] of PAGES) {
    for (const query of ['?nam=2022', '?nam=2021&lang=en', '?nam=2023&don-vi=xa-cao-pha']) {
      it(`the ${name} at /${pagePath}${query} runs without CSP violation, error or request to another host`, async () => {
        const page = await browser().newPage();
        const problems = await guardPage(page, siteUrl);
        await open(page, `${siteUrl}${pagePath}${query}`);
        expect((await page.locator('body').textContent())?.trim()).not.toBe('');
        expect(problems.list).toEqual([]);
        await page.close();
      });
    }
  }

  it('really enforces the policy: inline script and style, eval, new Function, a blob: worker and a foreign fetch are refused', async () => {
    const page = await browser().newPage();
    const problems = await guardPage(page, siteUrl);
    // A same-origin probe script (allowed by script-src 'self'): code run by the page, not by the test driver,
    // which CSP does not restrict.
    const probe = `${siteUrl}policy-probe.js`;
    await page.route(probe, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `(async () => {
          const out = {};
          try { (0, eval)('1 + 1'); out.eval = 'ran'; } catch (e) { out.eval = e.name; }
          try { new Function('return 1')(); out.fn = 'ran'; } catch (e) { out.fn = e.name; }
          const script = document.createElement('script');
          script.textContent = 'window.inlineRan = true';
          document.head.append(script);
          try {
            const worker = new Worker(URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'text/javascript' })));
            out.worker = await new Promise((resolve) => {
              worker.onmessage = () => resolve('ran');
              worker.onerror = () => resolve('blocked');
              setTimeout(() => resolve('blocked'), 2000);
            });
          } catch (e) { out.worker = e.name; }
          out.fetch = await fetch('http://example.invalid/track').then(() => 'sent', () => 'refused');
          // The page's own inline stylesheet applies (allowed by its hash); any other <style> is refused.
          const style = document.createElement('style');
          style.textContent = 'body { --probe: ran; }';
          document.head.append(style);
          await new Promise((resolve) => setTimeout(resolve, 100));
          out.style = getComputedStyle(document.body).getPropertyValue('--probe').trim() || 'blocked';
          out.ownStyle = getComputedStyle(document.body).marginTop;
          out.inline = window.inlineRan === true;
          window.probeResult = out;
        })();`,
      }),
    );
    await open(page, `${siteUrl}cong-khai/?nam=2022`);
    await page.evaluate((src) => {
      const script = document.createElement('script');
      script.src = src;
      document.head.append(script);
    }, probe);
    const outcome = await page.waitForFunction(
      () => (window as unknown as { probeResult?: object }).probeResult,
    );
    expect(await outcome.jsonValue()).toEqual({
      eval: 'EvalError',
      fn: 'EvalError',
      inline: false,
      worker: expect.stringMatching(/^(blocked|SecurityError)$/),
      fetch: 'refused',
      style: 'blocked',
      ownStyle: '0px', // base.css; a browser's own body margin is 8px
    });
    const csp = problems.list.filter((p) => p.startsWith('CSP violation'));
    for (const directive of ['script-src', 'worker-src', 'connect-src', 'style-src'])
      expect(
        csp.some((p) => p.startsWith(`CSP violation: ${directive}`)),
        `${directive} in ${csp.join('; ')}`,
      ).toBe(true);
    expect(problems.list.some((p) => p.includes('request left the origin'))).toBe(false); // refused before it left
    await page.close();
  });
});

describe('the import, export and offline flows under the CSP', () => {
  const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');

  /** A fresh profile, guarded, recording the URL of every worker and service worker the page starts. */
  async function guarded(url: string) {
    const context = await browser().newContext({
      acceptDownloads: true,
      viewport: { width: 1280, height: 720 },
    });
    const page = await context.newPage();
    const problems = await guardPage(page, siteUrl);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    context.on('serviceworker', (worker) => workers.push(worker.url()));
    await open(page, url);
    return { context, page, problems, workers };
  }

  it('imports a CSV in a worker built from a same-origin file (no blob: worker), then exports CSV and XLSX', async () => {
    const { context, page, problems, workers } = await guarded(`${siteUrl}?nam=2022`);
    await page.getByTestId('import-input').setInputFiles(path.join(FIXTURES, 'ket-qua-2024.csv'));
    await page.locator('dialog').getByText('Thêm 6 kết quả', { exact: false }).first().waitFor();
    expect(workers.length).toBeGreaterThan(0);
    for (const url of workers) expect(url.startsWith(siteUrl), url).toBe(true);
    await page.locator('dialog').getByRole('button', { name: 'Áp dụng' }).click();
    await page.getByTestId('local-data-banner').waitFor();
    for (const name of ['Tải CSV', 'Tải Excel (XLSX)']) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name, exact: true }).first().click(),
      ]);
      expect((await download.path()) ?? '').not.toBe('');
    }
    expect(problems.list).toEqual([]);
    await context.close();
  });

  for (const [name, pagePath] of [
    ['public page', 'cong-khai/'],
    ['presentation', 'trinh-chieu/'],
  ] as const) {
    it(`reopens the ${name} offline from a same-origin service worker, with no CSP violation`, async () => {
      const { context, page, problems, workers } = await guarded(`${siteUrl}${pagePath}?nam=2022`);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      // The page says when its copy is saved (keep-offline.ts); the public page asks only after its first paint.
      await page.locator('html[data-offline="ready"]').waitFor({ state: 'attached' });
      expect(workers.some((url) => url.startsWith(siteUrl))).toBe(true);
      for (const url of workers) expect(url.startsWith(siteUrl), url).toBe(true);
      await context.setOffline(true);
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(
        () =>
          /\b2022\b/.test(document.body.textContent ?? '') &&
          !/Đang tải/.test(document.body.textContent ?? ''),
      );
      // Offline, a fetch for something not cached fails and Chromium logs it; nothing else may appear.
      expect(problems.list.filter((p) => !p.startsWith('console error: Failed to load resource'))).toEqual(
        [],
      );
      await context.close();
    });
  }
});
