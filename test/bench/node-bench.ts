import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  columnFilteringFeature,
  constructTable,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_inNumberRange,
  rowSortingFeature,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { toResultColumns } from '../../src/data/columns/result-columns';
import { parseDroppedFile } from '../../src/data/parse-dropped-file';
import { countByStatus, evaluate, planValue, rankUnits } from '../../src/domain';
import type { Dataset, IndicatorResult, Status } from '../../src/domain/model';
import { type BenchRow, mb, ms, ratio } from './bench-row.ts';
import { productionBuild } from './build-site.ts';
import { generateClerkCsv } from './generate-clerk-csv.ts';
import { collectGarbage, heapInUse, measure, measurePair } from './measure.ts';
import type * as ParseModule from './parse-page/parse-module.ts';

const encoder = new TextEncoder();
type Catalogue = Pick<Dataset, 'indicators' | 'units' | 'groups'>;

interface Generated {
  bytes: Uint8Array;
  catalogue: Catalogue;
  dataset: Dataset;
}

export function generated(base: Dataset, rows: number): Generated {
  const file = generateClerkCsv(base.indicators, rows);
  const units = [...base.units, ...file.units];
  return {
    bytes: encoder.encode(file.text),
    catalogue: { indicators: base.indicators, units, groups: base.groups },
    dataset: { ...base, units },
  };
}

/** Parses and checks the generated sheet yields `rows` results and no error (else the figures mean nothing). */
async function parseChecked(
  g: Generated,
  rows: number,
  parse: typeof parseDroppedFile = parseDroppedFile,
): Promise<IndicatorResult[]> {
  const parsed = await parse('bench.csv', g.bytes, g.catalogue);
  const errors = parsed.issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0 || parsed.rows.length !== rows)
    throw new Error(
      `generated sheet of ${rows} rows: ${parsed.rows.length} results, errors ${JSON.stringify(errors.slice(0, 3))}`,
    );
  return parsed.rows;
}

/**
 * The parse code as it ships: `parse-page/parse-module.ts` (the parser and raw papaparse) built by Vite for production
 * into one ES module in a temporary folder, and imported. Why not the source modules, as the other sections: the bench
 * runs under Vite's module runner, which turns every imported binding into a property read of a module object at
 * each use, and the parser calls a dozen imported functions a row. Measured, 100k rows, Node 20, alternated with raw
 * papaparse: 68–70 % of raw under the runner, 75–79 % bundled (docs/performance.md). The Chromium rows measure the same
 * module, bundled for the browser.
 */
async function bundledParser(
  importNative: (url: string) => Promise<unknown>,
): Promise<{ parser: typeof ParseModule; remove: () => Promise<void> }> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'chitieu-parse-module-'));
  const remove = () => rm(outDir, { recursive: true, force: true });
  try {
    await productionBuild({
      configFile: false,
      ssr: { noExternal: true },
      build: {
        ssr: path.join(import.meta.dirname, 'parse-page/parse-module.ts'),
        outDir,
        emptyOutDir: true,
        target: 'node20',
        minify: true,
      },
    });
    const file = (await readdir(outDir)).find((name) => /\.m?js$/.test(name));
    if (file === undefined) throw new Error(`the parse module was not built into ${outDir}`);
    const parser = (await importNative(pathToFileURL(path.join(outDir, file)).href)) as typeof ParseModule;
    return { parser, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** Parse + validate against raw papaparse (arrays) on the same bytes; goal at 100k: ≥ 70 % of raw throughput. */
export async function parseBench(
  base: Dataset,
  log: (line: string) => void,
  importNative: (url: string) => Promise<unknown>,
): Promise<BenchRow[]> {
  const { parser, remove } = await bundledParser(importNative);
  try {
    const out: BenchRow[] = [];
    for (const rows of [1_000, 10_000, 100_000]) {
      const g = generated(base, rows);
      await parseChecked(g, rows, parser.parseDroppedFile);
      const runs = rows >= 100_000 ? 7 : rows >= 10_000 ? 15 : 21;
      const [raw, ours] = await measurePair(
        () => parser.raw(g.bytes),
        () => parser.parseDroppedFile('bench.csv', g.bytes, g.catalogue),
        runs,
        2,
        500,
        true,
      );
      log(`  parse ${rows}: ours ${ms(ours)}, raw ${ms(raw)} (${(g.bytes.byteLength / 1e6).toFixed(2)} MB)`);
      out.push(parseRow('parse', rows, g.bytes.byteLength, ours, raw));
    }
    out.push(...(await parseBreakdown(base, parser, log)));
    return out;
  } finally {
    await remove();
  }
}

/** A parse+validate row: ours against raw papaparse on the same bytes, with the issue's goal for that size. */
export function parseRow(section: string, rows: number, bytes: number, ours: number, raw: number): BenchRow {
  const share = raw / ours;
  const hasGoal = rows === 100_000;
  return {
    section,
    what: `parse+validate ${rows.toLocaleString('en')} rows (${(bytes / 1e6).toFixed(2)} MB)`,
    value: `${ms(ours)} · ${Math.round(rows / (ours / 1000)).toLocaleString('en')} rows/s`,
    baselineName: 'raw Papa.parse, arrays, same bytes',
    baseline: ms(raw),
    ratio: `${(share * 100).toFixed(0)} % of raw speed`,
    goal: hasGoal ? '≥ 70 % of raw' : 'validation ≤ 1.5× raw',
    met: hasGoal ? share >= 0.7 : ours <= 1.5 * raw,
  };
}

/**
 * Where the 100k parse goes: decoding, splitting into cells (papaparse), reading the sheet (validation); and the
 * UTF-8 fast path's check and split, which replace the first two for the generated sheet.
 */
async function parseBreakdown(
  base: Dataset,
  parser: typeof ParseModule,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  const { decodeBytes, forEachUtf8CsvRow, parseCsvRows, parseResults, scanUtf8Csv } = parser;
  const rows = 100_000;
  const g = generated(base, rows);
  const papa = () => parser.raw(g.bytes);
  const text = decodeBytes(g.bytes).text;
  const cells = parseCsvRows(text);
  const ctx = { file: 'bench.csv', ...g.catalogue };
  const utf8 = scanUtf8Csv(g.bytes);
  if (utf8 === undefined) throw new Error('the generated sheet does not take the UTF-8 fast path');
  const stages: [string, () => unknown][] = [
    ['decodeBytes (UTF-8, NFC, checks)', () => decodeBytes(g.bytes)],
    ['parseCsvRows (delimiter detection + papaparse)', () => parseCsvRows(text)],
    ['parseResults (header, cells, validation)', () => parseResults(cells, ctx)],
    // What parseDroppedFile does instead of the first two for a quote-free UTF-8 sheet (diagnostic rows).
    ['fast path: scanUtf8Csv (checks, line break, delimiter)', () => scanUtf8Csv(g.bytes)],
    [
      'fast path: forEachUtf8CsvRow (split, one string per distinct cell)',
      () => forEachUtf8CsvRow(utf8, () => true),
    ],
  ];
  const out: BenchRow[] = [];
  for (const [name, fn] of stages) {
    const [time, raw] = await measurePair(fn, papa, 5, 1, 0, true);
    log(`  100k stage ${name}: ${ms(time)}`);
    out.push({
      section: 'parse',
      what: `100k stage: ${name}`,
      value: ms(time),
      baselineName: 'raw Papa.parse, arrays, same bytes',
      baseline: ms(raw),
      ratio: ratio(time / raw),
      goal: '—',
    });
  }
  return out;
}

/**
 * In a fresh process (`run.mjs --heap-child=objects|columns`): the bytes that stay reachable once 100k parsed rows are
 * held as result objects or as typed columns, after a full collection, and the CSV's size.
 */
export async function heapChild(
  base: Dataset,
  kind: 'objects' | 'columns',
): Promise<{ held: number; csv: number }> {
  const rows = 100_000;
  const g = generated(base, rows);
  toResultColumns(await parseChecked(generated(base, 2_000), 2_000)); // compile the code first: not counted
  collectGarbage();
  const before = heapInUse();
  // The results go through a function of their own: a suspended async frame may keep its temporaries alive.
  const columns = async () => toResultColumns(await parseChecked(g, rows));
  const value = kind === 'objects' ? await parseChecked(g, rows) : await columns();
  collectGarbage();
  const held = heapInUse() - before;
  if (value.length !== rows) throw new Error('heap bench: wrong row count');
  return { held, csv: g.bytes.byteLength };
}

/** Heap for 100k parsed rows, as result objects and as typed columns, against the CSV's size; goal ≤ 4×. */
export async function heapBench(
  measureChild: (kind: 'objects' | 'columns') => Promise<{ held: number; csv: number }>,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  for (const kind of ['objects', 'columns'] as const) {
    const { held, csv } = await measureChild(kind);
    log(`  heap ${kind}: ${mb(held)} for a CSV of ${mb(csv)}`);
    out.push({
      section: 'memory',
      what:
        kind === 'objects'
          ? '100k rows held as result objects'
          : '100k rows held as typed columns (toResultColumns)',
      value: mb(held),
      baselineName: 'the CSV file',
      baseline: mb(csv),
      ratio: ratio(held / csv),
      goal: '≤ 4× CSV',
      met: held <= 4 * csv,
    });
  }
  return out;
}

/** Status of every result and the per-unit ranking (summaries) over 100k results, against a bare arithmetic loop. */
export async function aggregationBench(base: Dataset, log: (line: string) => void): Promise<BenchRow[]> {
  const g = generated(base, 100_000);
  const results = await parseChecked(g, 100_000);
  const dataset: Dataset = { ...g.dataset, results: [...base.results, ...results] };
  const byCode = new Map(dataset.indicators.map((i) => [i.code, i]));
  const statuses = (): Record<Status, number> =>
    countByStatus(
      results.map((result): Status => {
        const indicator = byCode.get(result.indicatorCode);
        return indicator ? evaluate({ indicator, result, rules: dataset.rules }).status : 'noData';
      }),
    );
  const bare = () => {
    const counts = { passing: 0, notPassing: 0, noData: 0 };
    for (const r of results) {
      const plan = planValue(r.plan);
      const actual = r.actual.value;
      if (plan === undefined || actual === undefined) counts.noData += 1;
      else if (actual >= plan) counts.passing += 1;
      else counts.notPassing += 1;
    }
    return counts;
  };
  const statusMs = measure(statuses, 5);
  const bareMs = measure(bare, 9);
  const rankMs = measure(() => rankUnits(dataset, 2022), 3);
  const ranked = rankUnits(dataset, 2022).length;
  log(`  status ${ms(statusMs)}, rankUnits ${ms(rankMs)} (${ranked} units), bare ${ms(bareMs)}`);
  return [
    {
      section: 'domain',
      what: 'status of 100k results (evaluate + countByStatus)',
      value: ms(statusMs),
      baselineName: 'bare loop: actual vs plan, count',
      baseline: ms(bareMs),
      ratio: ratio(statusMs / bareMs),
      goal: '—',
    },
    {
      section: 'domain',
      what: `rank ${ranked.toLocaleString('en')} units over 100k results (rankUnits)`,
      value: ms(rankMs),
      baselineName: 'bare loop: actual vs plan, count',
      baseline: ms(bareMs),
      ratio: ratio(rankMs / bareMs),
      goal: '—',
    },
  ];
}

interface FlatRow {
  id: number;
  indicator: string;
  unit: string;
  actual: number | undefined;
  plan: number | undefined;
}

const features = tableFeatures({
  coreReactivityFeature: storeReactivityBindings(),
  columnFilteringFeature,
  rowSortingFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  filterFns: { inNumberRange: filterFn_inNumberRange },
  sortFns: { basic: sortFn_basic },
});

/**
 * Sort and filter in the table model: TanStack v9's row model over row objects against the same filter and sort over
 * typed columns (a loop over a Float64Array; an index sort). Goal: re-filter 100k in ≤ 10 % of the objects' time.
 */
export async function tableBench(base: Dataset, log: (line: string) => void): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  for (const n of [2_000, 100_000]) {
    const results = await parseChecked(generated(base, n), n);
    const data: FlatRow[] = results.map((r, id) => ({
      id,
      indicator: r.indicatorCode,
      unit: r.unitId ?? '',
      actual: r.actual.value,
      plan: planValue(r.plan),
    }));
    const big = n >= 100_000;
    const columns = [
      {
        accessorKey: 'actual',
        id: 'actual',
        filterFn: 'inNumberRange',
        sortFn: 'basic',
        sortUndefined: 'last',
      },
      { accessorKey: 'plan', id: 'plan' },
      { accessorKey: 'unit', id: 'unit' },
    ] as const;
    let table: ReturnType<typeof constructTable> | undefined;
    const build = () => {
      table = constructTable({
        features,
        columns,
        data,
        getRowId: (row: FlatRow) => String(row.id),
      } as unknown as Parameters<typeof constructTable>[0]);
      return table.getRowModel().rows.length;
    };
    const buildMs = measure(build, big ? 1 : 5, big ? 0 : 1);
    const t = table as unknown as {
      setColumnFilters: (f: { id: string; value: unknown }[]) => void;
      setSorting: (s: { id: string; desc: boolean }[]) => void;
      getRowModel: () => { rows: unknown[] };
    };
    let flip = false;
    const ranges: [number, number][] = [
      [100, 5_000],
      [50, 60],
    ];
    const refilter = () => {
      flip = !flip;
      t.setColumnFilters([{ id: 'actual', value: ranges[flip ? 0 : 1] }]);
      return t.getRowModel().rows.length;
    };
    const refilterMs = measure(refilter, big ? 5 : 15);
    t.setColumnFilters([]);
    const sort = () => {
      flip = !flip;
      t.setSorting([{ id: 'actual', desc: flip }]);
      return t.getRowModel().rows.length;
    };
    const sortMs = measure(sort, big ? 3 : 11);

    const typedBuildMs = measure(() => toResultColumns(results), big ? 3 : 11);
    const cols = toResultColumns(results);
    const actual = cols.actual;
    const typedFilter = () => {
      flip = !flip;
      const [lo, hi] = ranges[flip ? 0 : 1] as [number, number];
      const picked = new Uint32Array(cols.length);
      let count = 0;
      for (let i = 0; i < cols.length; i++) {
        const v = actual[i] as number;
        if (v >= lo && v <= hi) picked[count++] = i;
      }
      return picked.subarray(0, count);
    };
    // Same answer both ways (else the race is not fair).
    t.setColumnFilters([{ id: 'actual', value: ranges[0] }]);
    flip = false;
    const expected = t.getRowModel().rows.length;
    const got = typedFilter().length;
    if (expected !== got)
      throw new Error(`table bench: TanStack kept ${expected} rows, typed columns ${got}`);
    t.setColumnFilters([]);
    const typedFilterMs = measure(typedFilter, big ? 21 : 51);
    const typedSort = () => {
      flip = !flip;
      const sign = flip ? -1 : 1;
      const order = new Uint32Array(cols.length);
      for (let i = 0; i < order.length; i++) order[i] = i;
      return order.sort((a, b) => {
        const x = actual[a] as number;
        const y = actual[b] as number;
        if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : 1;
        if (Number.isNaN(y)) return -1;
        return sign * (x - y);
      });
    };
    const typedSortMs = measure(typedSort, big ? 5 : 21);
    log(
      `  table ${n}: TanStack build ${ms(buildMs)}, refilter ${ms(refilterMs)}, sort ${ms(sortMs)}; typed build ${ms(typedBuildMs)}, filter ${ms(typedFilterMs)}, sort ${ms(typedSortMs)}`,
    );
    const label = n.toLocaleString('en');
    out.push(
      {
        section: 'table',
        what: `build the model, ${label} rows: typed columns`,
        value: ms(typedBuildMs),
        baselineName: 'TanStack v9 row model over objects',
        baseline: ms(buildMs),
        ratio: ratio(typedBuildMs / buildMs),
        goal: '—',
      },
      {
        section: 'table',
        what: `re-filter ${label} rows (number range): typed columns`,
        value: ms(typedFilterMs),
        baselineName: 'TanStack v9 row model over objects',
        baseline: ms(refilterMs),
        ratio: ratio(typedFilterMs / refilterMs),
        goal: big ? '≤ 0.10×' : '—',
        ...(big && { met: typedFilterMs <= 0.1 * refilterMs }),
      },
      {
        section: 'table',
        what: `sort ${label} rows by a number: typed index sort`,
        value: ms(typedSortMs),
        baselineName: 'TanStack v9 row model over objects',
        baseline: ms(sortMs),
        ratio: ratio(typedSortMs / sortMs),
        goal: '—',
      },
    );
  }
  return out;
}
