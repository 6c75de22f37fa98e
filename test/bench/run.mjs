// `npm run bench`: node --expose-gc test/bench/run.mjs [--only=heap,parse,parse-chromium,domain,table,lighthouse,dashboard,import]
// Node cannot run the TypeScript bench modules (and the src/ modules they measure) directly, so Vite's module
// runner loads them, as the build plugin loads the public page's prerenderer. Never part of `npm test`.
import { runnerImport } from 'vite';

const { module } = await runnerImport(new URL('./bench.ts', import.meta.url).pathname, {
  configFile: false,
  logLevel: 'error',
});
const child = process.argv.find((arg) => arg.startsWith('--heap-child='))?.slice('--heap-child='.length);
if (child) {
  await module.heapChildMain(child);
  process.exit(0);
}
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
// Node's own import, for a module the bench builds (the runner that loaded bench.ts is closed once it returns).
await module.main({ only: only ? only.split(',') : undefined, importNative: (url) => import(url) });
