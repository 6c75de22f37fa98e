import { execFile } from 'node:child_process';
import { cpus } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadDataset } from '../../src/data/load-dataset';
import { DATA_DIR, readDataDir } from '../support/read-data-dir.ts';
import { type BenchRow, failedRow, markdownTable } from './bench-row.ts';
import { browserBench } from './browser-bench.ts';
import { chromiumParseBench } from './browser-parse-bench.ts';
import { aggregationBench, heapBench, heapChild, parseBench, tableBench } from './node-bench.ts';

const SECTIONS = [
  'heap',
  'parse',
  'parse-chromium',
  'domain',
  'table',
  'lighthouse',
  'dashboard',
  'import',
] as const;
type Section = (typeof SECTIONS)[number];

const log = (line: string) => process.stderr.write(`${line}\n`);

async function loadBundled() {
  const { dataset, issues } = await loadDataset(readDataDir(DATA_DIR));
  if (!dataset) throw new Error(`the bundled data set did not load: ${JSON.stringify(issues.slice(0, 3))}`);
  return dataset;
}

/** The heap figure of one kind, measured in a fresh Node process so that nothing else is on its heap. */
async function measureInChild(kind: 'objects' | 'columns'): Promise<{ held: number; csv: number }> {
  const run = path.join(import.meta.dirname, 'run.mjs');
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--expose-gc', run, `--heap-child=${kind}`],
    {
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { held: number; csv: number };
}

/** Entry of a heap child process: prints `{ held, csv }` as JSON. */
export async function heapChildMain(kind: 'objects' | 'columns'): Promise<void> {
  process.stdout.write(`${JSON.stringify(await heapChild(await loadBundled(), kind))}\n`);
}

/**
 * Runs the sections (all by default) and prints one Markdown table on stdout; progress goes to stderr.
 * `importNative`: Node's own `import()`, from run.mjs (the module runner that loaded this module is closed by then).
 */
export async function main(options: {
  only?: string[];
  importNative: (url: string) => Promise<unknown>;
}): Promise<void> {
  const wanted = new Set<Section>(
    options.only ? SECTIONS.filter((s) => options.only?.includes(s)) : SECTIONS,
  );
  const dataset = await loadBundled();
  const started = Date.now();
  const rows: BenchRow[] = [];
  const run = async (section: Section, fn: () => Promise<BenchRow[]>) => {
    if (!wanted.has(section)) return;
    log(`== ${section}`);
    try {
      rows.push(...(await fn()));
    } catch (error) {
      log(`  ${section} failed: ${(error as Error).stack ?? error}`);
      rows.push(failedRow(section, error));
    }
  };
  // Memory first, while the heap holds nothing else.
  await run('heap', () => heapBench(measureInChild, log));
  await run('parse', () => parseBench(dataset, log, options.importNative));
  await run('parse-chromium', () => chromiumParseBench(dataset, log));
  await run('domain', () => aggregationBench(dataset, log));
  await run('table', () => tableBench(dataset, log));
  if (wanted.has('lighthouse') || wanted.has('dashboard') || wanted.has('import')) {
    log('== building the site (production) for the browser sections');
    rows.push(
      ...(await browserBench(
        dataset,
        {
          lighthouse: wanted.has('lighthouse'),
          dashboard: wanted.has('dashboard'),
          import: wanted.has('import'),
        },
        log,
      )),
    );
  }
  const env = `node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} CPU (${cpus()[0]?.model ?? '?'})`;
  process.stdout.write(
    `\n${markdownTable(rows)}\n\n${env}; ${new Date().toISOString()}; ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
  );
  const missed = rows.filter((r) => r.met === false).length;
  process.stdout.write(`${rows.filter((r) => r.met !== undefined).length} goals: ${missed} missed (✗)\n`);
}
