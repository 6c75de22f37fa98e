import { defineConfig } from 'vitest/config';

// Unit tests sit beside their modules (src/**/*.test.ts) and in test/ (data reconciliation, fuzzing).
// End-to-end tests (test/e2e) run in Chromium through test/e2e/run.mjs, not here.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/unit/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'Asia/Ho_Chi_Minh' },
  },
});
