import { describe, expect, it } from 'vitest';
import { rowAt, toResultColumns } from '../../src/data/columns/result-columns';
import { forEachUtf8CsvRow, scanUtf8Csv, type Utf8Csv } from '../../src/data/csv/read-utf8-csv';
import { parseResults, SheetReader } from '../../src/data/parse-results';
import { CellMemo } from '../../src/data/sheet/cell-memo';
import { FirstRows } from '../../src/data/sheet/first-rows';
import { sampleDataset } from '../../src/domain/testing/sample-dataset';

/**
 * The parser's hot code stays optimised across a full garbage collection that happens while none of its objects is
 * alive (between two dropped files): V8 holds the shapes its optimised code was built for weakly, and throws the
 * code away when one dies (“deopt: weak objects”). Measured: a 1 000-row file parsed after a collection took 8–10 ms,
 * 1.5–1.7 ms once the shapes were kept (1.2 ms with no collection before it; docs/decisions.md, “Shapes kept alive”). The unit project runs with `--allow-natives-syntax`
 * and `--expose-gc` (vite.config.ts), so V8 itself is asked, with no timing involved.
 */

type Native = (f: unknown) => number;
const natives = (body: string) => new Function('f', body) as Native;
const status = natives('return %GetOptimizationStatus(f)');
const prepare = natives('%PrepareFunctionForOptimization(f)');
const optimiseOnNextCall = natives('%OptimizeFunctionOnNextCall(f)');
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (
  a: unknown,
  b: unknown,
) => boolean;
const OPTIMISED = 1 << 4; // V8's OptimizationStatus::kOptimized
const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Optimises `fn` by calling `run` (which calls it), checks it is, collects garbage, and says whether it still is.
 * An optimised run that meets a case its warm-up did not (“insufficient type feedback”) is deoptimised, which adds
 * that feedback: the next attempt keeps its code.
 */
function optimisedAfterGc(fn: unknown, run: () => void): boolean {
  prepare(fn);
  run();
  for (let attempt = 0; attempt < 10 && (status(fn) & OPTIMISED) === 0; attempt++) {
    optimiseOnNextCall(fn);
    run();
  }
  expect(status(fn) & OPTIMISED, 'optimised before the collection').toBe(OPTIMISED);
  gc?.();
  gc?.();
  return (status(fn) & OPTIMISED) !== 0;
}

const text = [
  'BIỂU SỐ LIỆU NĂM 2022',
  'TT;Chỉ tiêu;Đơn vị tính;Kế hoạch năm 2022;Thực hiện năm 2022;Đánh giá',
  'I;KINH TẾ;;;;',
  '1;Tổng giá trị sản xuất;tỷ đồng;1.234,5;1.300,2;Vượt',
  '2;Tỷ lệ hộ nghèo;%;dưới 30;28,4;Đạt',
  '3;Sản lượng lương thực;tấn;≥ 17.108;17.200;',
].join('\r\n');
const bytes = () => new TextEncoder().encode(text);
const rows = () => text.split('\r\n').map((line) => line.split(';'));
// The catalogue lives as long as the page does (the data set shown): its objects are not the reader's to keep.
const catalogue = { file: 'a.csv', ...sampleDataset() };

describe('the parser’s optimised code outlives a garbage collection', () => {
  it('runs with the V8 flags it needs', () => {
    expect(gc, 'node --expose-gc (vite.config.ts, unit project)').toBeTypeOf('function');
    expect(() => status(optimisedAfterGc)).not.toThrow();
  });

  it('scanning and splitting the bytes (the line-break counts and the cell table)', () => {
    expect(optimisedAfterGc(scanUtf8Csv, () => void scanUtf8Csv(bytes()))).toBe(true);
    const csv = () => scanUtf8Csv(bytes()) as Utf8Csv;
    expect(optimisedAfterGc(forEachUtf8CsvRow, () => forEachUtf8CsvRow(csv(), () => true))).toBe(true);
  });

  it('the memo of a column and the table of first rows', () => {
    const memoGet = CellMemo.prototype.get;
    const read = () => {
      const memo = new CellMemo((raw) => raw.length);
      for (const raw of ['a', 'bb', 'a', 'ccc']) memo.get(raw);
    };
    expect(optimisedAfterGc(memoGet, read)).toBe(true);
    const claim = FirstRows.prototype.claim;
    expect(optimisedAfterGc(claim, () => void new FirstRows().claim('x', 3, 2022, 5))).toBe(true);
  });

  it('reading a row of a sheet (the reader, its columns, number locales and header)', () => {
    const proto = SheetReader.prototype as unknown as Record<string, unknown>;
    const readRow = proto.readRow;
    const readResult = proto.readResult;
    const parse = () => {
      const parsed = parseResults(rows(), catalogue);
      expect(parsed.rows).toHaveLength(3);
    };
    expect(optimisedAfterGc(readRow, parse)).toBe(true);
    expect(optimisedAfterGc(readResult, parse)).toBe(true);
  });

  it('every result of every sheet has one shape, whichever optional cells its row filled', () => {
    const parsed = parseResults(rows(), catalogue);
    const other = parseResults(
      [
        ['Chỉ tiêu', 'Kế hoạch năm 2021', 'Thực hiện năm 2021'],
        ['Tổng giá trị sản xuất', '', '5'],
      ],
      catalogue,
    );
    const results = [...parsed.rows, ...other.rows];
    expect(results).toHaveLength(4);
    // The rows differ in plan (none in the second sheet), unit of measure and status: with a shape per combination,
    // V8's pretenuring and the reader's code would see several (docs/decisions.md, “A result is one literal”).
    expect(results[0]?.reportedStatus).toBe('exceeded');
    expect(results[2]?.reportedStatus).toBeUndefined();
    expect(results[3]?.plan).toBeUndefined();
    expect(results[3]?.unitText).toBeUndefined();
    for (const result of results) expect(haveSameMap(result, results[0])).toBe(true);
    // Rebuilt from typed columns (a data set read in a worker, an import), they are of the same shape.
    const columns = toResultColumns(results);
    for (let i = 0; i < results.length; i++) expect(haveSameMap(rowAt(columns, i), results[0])).toBe(true);
  });
});
