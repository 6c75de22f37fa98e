import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium.ts';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    distDir: string;
  }
}

/** Builds the site once, serves dist/ from a sub-folder on loopback, and hands the address to the specs. */
export default async function setup(project: TestProject) {
  chromiumPath(); // fail first, with the install instruction, when there is no browser
  const root = path.resolve(import.meta.dirname, '../../..');
  // A private build folder per run, so that several test runs (and `npm run build`) never collide.
  const distDir = await mkdtemp(path.join(tmpdir(), 'chitieu-e2e-'));
  // Vitest sets NODE_ENV=test, which would bundle React's development build: test what ships instead.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: distDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const { url, server } = await serveStatic(distDir);
  project.provide('siteUrl', url);
  project.provide('distDir', distDir);
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(distDir, { recursive: true, force: true });
  };
}
