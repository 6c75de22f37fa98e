// The page of the bench's “parse, Chromium” rows (test/bench/browser-parse-bench.ts): the dropped-file parser and
// raw papaparse, bundled as the site bundles them, so that both run in the engine the app's import runs in.
import { parseDroppedFile, raw } from './parse-module';

(window as unknown as { chitieuParseBench: unknown }).chitieuParseBench = { raw, ours: parseDroppedFile };
