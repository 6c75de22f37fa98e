// The page of the bench's “parse, Chromium” rows (test/bench/browser-parse-bench.ts): the dropped-file parser and
// raw papaparse, bundled as the site bundles them, so that both run in the engine the app's import runs in.
import Papa from 'papaparse';
import { parseDroppedFile } from '../../../src/data/parse-dropped-file';

(window as unknown as { chitieuParseBench: unknown }).chitieuParseBench = {
  raw: (bytes: Uint8Array) => Papa.parse(new TextDecoder().decode(bytes), { delimiter: ';' }),
  ours: parseDroppedFile,
};
