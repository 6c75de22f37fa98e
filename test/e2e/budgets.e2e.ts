import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteToTemp } from '../bench/build-site.ts';
import { kB } from '../bench/gzip-size.ts';
import { largestModules } from '../bench/largest-modules.ts';
import { type PageWeight, pageWeight } from '../bench/page-weight.ts';
import { chromiumForFile } from './support/chromium.ts';
import { serveStatic } from './support/static-server.ts';

const browser = chromiumForFile();

const ROOT = path.resolve(import.meta.dirname, '../..');
let siteUrl = '';
let stop = async () => {};

// Bytes are weighed on a production build of our own: the shared e2e build runs under NODE_ENV=test, which
// bundles React's development build (see test/bench/build-site.ts).
beforeAll(async () => {
  const site = await buildSiteToTemp();
  const { url, server } = await serveStatic(site.distDir);
  siteUrl = url;
  stop = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await site.remove();
  };
}, 240_000);
afterAll(async () => {
  await stop();
});

/** First-load budgets, gzip (level 9) of every response until the network is idle; 1 kB = 1000 bytes. */
const BUDGETS = [
  { name: 'public page', path: 'cong-khai/', budget: 120_000 },
  { name: 'dashboard', path: '', budget: 300_000 },
  { name: 'presentation', path: 'trinh-chieu/', budget: 300_000 },
] as const;

function table(weight: PageWeight, top = 8): string {
  return weight.resources
    .slice(0, top)
    .map((r) => `    ${kB(r.gzip).padStart(7)} kB gzip  ${kB(r.bytes).padStart(7)} kB raw  ${r.path}`)
    .join('\n');
}

describe('byte budgets of the first load, cold cache', () => {
  for (const { name, path: pagePath, budget } of BUDGETS) {
    it(`the ${name} (/${pagePath}) loads in at most ${kB(budget)} kB gzip in all`, async () => {
      const context = await browser().newContext();
      const page = await context.newPage();
      const weight = await pageWeight(page, `${siteUrl}${pagePath}?nam=2022`, siteUrl);
      await context.close();
      const line = `${name}: ${kB(weight.gzip)} kB gzip of ${kB(budget)} kB (${weight.resources.length} responses, ${kB(weight.bytes)} kB raw)`;
      console.log(`${line}\n${table(weight, 5)}`);
      expect(weight.resources.length).toBeGreaterThan(1); // the HTML and at least its script or data
      if (weight.gzip > budget) {
        const chunks = weight.resources.filter((r) => r.path.endsWith('.js')).map((r) => r.path);
        const modules = await largestModules(ROOT, chunks);
        const moduleLines = modules
          .map((m) => `    ${kB(m.bytes).padStart(7)} kB min  ${kB(m.gzip).padStart(6)} kB gzip  ${m.id}`)
          .join('\n');
        expect.fail(
          `${line}: over budget by ${kB(weight.gzip - budget)} kB.\n  Largest resources:\n${table(weight)}\n` +
            `  Largest modules in its scripts:\n${moduleLines}`,
        );
      }
    });
  }
});
