import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type InlineConfig } from 'vite';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Runs `vite build` as `npm run build` does: production mode with NODE_ENV=production. Under vitest NODE_ENV is
 * `test`, and Vite then keeps `process.env.NODE_ENV` = "test", which bundles React's development build (3× larger):
 * figures about bytes must come from a production build.
 */
export async function productionBuild(config: InlineConfig = {}): Promise<Awaited<ReturnType<typeof build>>> {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await build({ root: ROOT, mode: 'production', logLevel: 'warn', ...config });
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
}

/** Builds the site into a fresh temporary folder; `remove()` deletes it. */
export async function buildSiteToTemp(): Promise<{ distDir: string; remove: () => Promise<void> }> {
  const distDir = await mkdtemp(path.join(tmpdir(), 'chitieu-bench-'));
  // CHITIEU_BENCH_PROFILE=1 keeps function names readable in the bench's CPU profiles (bytes then differ).
  const minify = process.env.CHITIEU_BENCH_PROFILE !== '1';
  await productionBuild({ build: { outDir: distDir, emptyOutDir: true, minify } });
  return { distDir, remove: () => rm(distDir, { recursive: true, force: true }) };
}
