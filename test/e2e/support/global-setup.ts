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
  const distDir = path.join(root, 'dist');
  await build({ root, logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  const { url, server } = await serveStatic(distDir);
  project.provide('siteUrl', url);
  project.provide('distDir', distDir);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
