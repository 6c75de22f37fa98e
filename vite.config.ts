/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { chitieuPages } from './src/app/build/chitieu-pages-plugin.ts';

const env = { TZ: 'Asia/Ho_Chi_Minh' };

// Relative base: the built site works from any sub-folder of any static host.
export default defineConfig({
  base: './',
  plugins: [react(), chitieuPages()],
  build: {
    target: 'es2022',
    // The polyfill would be an inline script, which the Content-Security-Policy forbids.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        // Unit tests sit beside their modules; test/unit holds the ones about the whole data set and fuzzing.
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/unit/**/*.test.ts'],
          environment: 'node',
          env,
          // test/unit/parser-shapes-kept.test.ts asks V8 whether the parser's code stays optimised across a collection.
          execArgv: ['--allow-natives-syntax', '--expose-gc'],
        },
      },
      {
        // The built site in headless Chromium (playwright-core + Debian's /usr/bin/chromium), served from a sub-folder.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
          env,
        },
      },
    ],
  },
});
