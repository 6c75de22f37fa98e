// The code the bench's parse rows measure, in one module that Vite bundles for production as it bundles the site:
// for Chromium, into the page of `parse-page.ts` (test/bench/browser-parse-bench.ts); for Node, into one ES module
// (`bundledParser` in test/bench/node-bench.ts). Raw papaparse is bundled beside it, so both sides run as shipped.
import Papa from 'papaparse';

export { parseCsvRows } from '../../../src/data/csv/parse-csv-rows';
export { forEachUtf8CsvRow, scanUtf8Csv } from '../../../src/data/csv/read-utf8-csv';
export { parseDroppedFile } from '../../../src/data/parse-dropped-file';
export { parseResults } from '../../../src/data/parse-results';
export { decodeBytes } from '../../../src/data/text/decode-bytes';

/** The baseline: papaparse's arrays of the decoded bytes, the delimiter given. */
export function raw(bytes: Uint8Array): unknown {
  return Papa.parse(new TextDecoder().decode(bytes), { delimiter: ';' });
}
