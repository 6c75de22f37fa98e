import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bigResultsCsv, clerkWorkbook2025 } from '../../../test/fixtures/import/clerk-workbook';
import { DATA_DIR, readDataDir } from '../../../test/support/read-data-dir';
import { rowAt } from '../../data/columns/result-columns';
import { loadDataset } from '../../data/load-dataset';
import { evaluateYear } from '../../domain/evaluate-year';
import { mergeImports } from '../../domain/imports/merge-imports';
import type { Dataset } from '../../domain/model';
import { summariseYear } from '../../domain/summarise-year';
import { describeIssueVi } from '../../i18n/issues-vi';
import type { ImportOutcome } from './import-protocol';
import { runImport } from './run-import';
import { toLocalImport } from './to-local-import';

const FIXTURES = path.resolve(import.meta.dirname, '../../../test/fixtures/import');
let published: Dataset;

beforeAll(async () => {
  const loaded = await loadDataset(readDataDir(DATA_DIR));
  if (!loaded.dataset) throw new Error('bundled data did not load');
  published = loaded.dataset;
});

const run = (name: string, bytes: Uint8Array = new Uint8Array(readFileSync(path.join(FIXTURES, name)))) =>
  runImport({
    name,
    bytes,
    shown: published,
  });

/** The dataset once the outcome is applied, and its headline counts for a year (organisation level). */
async function applied(outcome: ImportOutcome, year: number) {
  const merged = mergeImports(published, [await toLocalImport(outcome)]);
  const summary = summariseYear(evaluateYear(merged, year));
  return [summary.total, summary.counts.exceeded, summary.counts.met, summary.counts.notMet];
}

describe('runImport(request): a clerk’s sheet read against the published data', () => {
  it('accepts the 2024 CSV (title rows, sections, ≤ plan, quoted numbers, notes and signature) with one status warning', async () => {
    const outcome = await run('ket-qua-2024.csv');
    expect(outcome.verdict).toBe('accepted');
    expect([outcome.year, outcome.years, outcome.rowCount, outcome.unitIds]).toEqual([2024, [2024], 6, []]);
    expect(outcome.indicatorCodes).toEqual(['KT02', 'KT03', 'KT04', 'XH02', 'XH05', 'MT01']);
    expect(outcome.errors).toEqual([]);
    expect(outcome.warnings).toEqual([]);
    // XH02 “≤ 30”, 28,40 printed “Đạt”: a maximum that may be exceeded, so the rules say “Vượt”.
    expect(outcome.mismatches).toEqual([
      { indicatorCode: 'XH02', year: 2024, reported: 'met', computed: 'exceeded' },
    ]);
    expect([outcome.diff.added, outcome.diff.changed, outcome.diff.unchanged]).toEqual([6, 0, 0]);
    // KT02, XH05 exceeded; KT03, MT01 met, XH02 printed “Đạt”; KT04 not met.
    expect(await applied(outcome, 2024)).toEqual([6, 2, 3, 1]);
  });

  it('accepts the 2025 workbook (merged header, real and text numbers, formulas) and skips the unknown unit with a warning', async () => {
    const outcome = await run('ket-qua-2025.xlsx', clerkWorkbook2025());
    expect(outcome.verdict).toBe('accepted');
    expect([outcome.year, outcome.rowCount, outcome.unitIds]).toEqual([2025, 5, ['xa-cao-pha']]);
    expect(outcome.warnings.map((w) => `${w.code} ${w.row}${w.column?.letter}`)).toEqual(['unknownUnit 11C']);
    expect(await applied(outcome, 2025)).toEqual([4, 3, 1, 0]);
  });

  it('refuses a file with an unreadable actual, naming the file, row 9 and column E by its header', async () => {
    const outcome = await run('ket-qua-loi-2024.csv');
    expect(outcome.verdict).toBe('refused');
    expect(outcome.errorCount).toBe(1);
    expect(outcome.errors.map(describeIssueVi)).toEqual([
      'Tệp ket-qua-loi-2024.csv, dòng 9, cột E – Thực hiện năm 2024: không đọc được số thực hiện “ba trăm mười”; cần một số, “hoàn thành”/“không hoàn thành”, hoặc để trống/“-” khi chưa có số liệu. Dòng này bị bỏ qua.',
    ]);
  });

  it('keeps hostile cells as the text they are, and a negative actual as a number', async () => {
    const outcome = await run('ky-tu-nguy-hiem-2026.csv');
    expect(outcome.verdict).toBe('accepted');
    expect(outcome.newIndicators.map((i) => i.name.vi)).toEqual([
      '<img src=x onerror=alert(1)>',
      '=HYPERLINK("http://evil.example/","Bấm vào đây")',
      '@SUM(1+1)',
    ]);
    const rows = Array.from({ length: outcome.columns.length }, (_, i) => rowAt(outcome.columns, i));
    expect(rows.map((r) => r.unitText)).toEqual(['người', "+cmd|' /C calc'!A0", '-1+2', '%']);
    expect(rows[3]?.actual.value).toBe(-1.5);
  });

  it('reads 100 000 rows in one go, counting them all and listing a few changes only', async () => {
    const indicators = published.indicators
      .filter((i) => i.parentCode === undefined)
      .map((i) => ({ code: i.code, name: i.name.vi }));
    const units = ['', ...published.units.filter((u) => u.type === 'xa').map((u) => u.name)];
    const csv = bigResultsCsv(100_000, indicators, units);
    const outcome = await run('lon.csv', new TextEncoder().encode(csv));
    expect(outcome.errors.slice(0, 3)).toEqual([]);
    expect(outcome.rowCount).toBe(100_000);
    expect(outcome.columns.length).toBe(100_000);
    expect(outcome.diff.added + outcome.diff.changed + outcome.diff.unchanged).toBe(100_000);
    expect(outcome.diff.samples).toHaveLength(20);
  }, 120_000); // a 7 MB sheet: seconds on a quiet machine, more on a loaded 2-core CI one
});
