import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/data/cells/parse-plan';
import { parseViNumber } from '../../src/data/cells/parse-vi-number';
import { parseCsvRows } from '../../src/data/csv/parse-csv-rows';
import type { DataIssue } from '../../src/data/issues';
import { loadDataset } from '../../src/data/load-dataset';
import { parseResults } from '../../src/data/parse-results';
import { parseAwards } from '../../src/data/reference/parse-awards';
import { parseClusters } from '../../src/data/reference/parse-clusters';
import { parseIndicators } from '../../src/data/reference/parse-indicators';
import { parseManifest } from '../../src/data/reference/parse-manifest';
import { parseUnits } from '../../src/data/reference/parse-units';
import { decodeBytes } from '../../src/data/text/decode-bytes';
import { groups, indicators, units } from '../fixtures/catalogue';

const ctx = { file: 'fuzz.csv', indicators, units, groups };

// CI's log shows how many generated files went through: the sum of the passed tests' `numRuns` (in their names).
// biome-ignore lint/correctness/noEmptyPattern: vitest passes fixtures first, the file second
afterAll(({}, file) => {
  type Task = { name: string; type: string; tasks?: Task[]; result?: { state?: string } };
  const walk = (task: Task): Task[] => (task.tasks ? task.tasks.flatMap(walk) : [task]);
  const runs = walk(file as unknown as Task)
    .filter((task) => task.type === 'test' && task.result?.state === 'pass')
    .reduce((sum, task) => sum + Number(/numRuns: (\d+)/.exec(task.name)?.[1] ?? 0), 0);
  console.log(`fast-check: ${runs} generated inputs through the parser and validator (passed tests)`);
});

const clerkRows = parseCsvRows(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'sections-subrows.csv'), 'utf8'),
);

/**
 * Every issue points inside the sheet: row 1..rowCount, and a column inside the table (the widest row: a short
 * row's missing cell is still a cell of the table), or none.
 */
function expectIssuesInside(issues: DataIssue[], rows: string[][]) {
  const width = Math.max(0, ...rows.map((row) => row.length));
  for (const issue of issues) {
    if (issue.row !== undefined) {
      expect(issue.row, JSON.stringify(issue)).toBeGreaterThanOrEqual(1);
      expect(issue.row, JSON.stringify(issue)).toBeLessThanOrEqual(rows.length);
    }
    if (issue.column !== undefined) {
      expect(issue.column.index, JSON.stringify(issue)).toBeGreaterThanOrEqual(0);
      expect(issue.column.index, JSON.stringify(issue)).toBeLessThan(width);
    }
  }
}

const cellText = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    '-',
    'I',
    'II.',
    'a)',
    '+',
    'Trong đó:',
    'Ghi chú:',
    'CHỦ TỊCH',
    '≥ 30',
    'dưới 4',
    '6,6-6,8',
  ),
  fc.constantFrom(
    'khoảng 4',
    'hoàn thành',
    '1.234',
    '1,234.5',
    'Vượt',
    'Đạt',
    'Cao Phạ',
    'Tỷ lệ hộ nghèo',
    'Năm 2022',
  ),
);

describe('the parser never throws and points inside the sheet', () => {
  it('on random bytes (numRuns: 300)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const { text } = decodeBytes(bytes, 'fuzz.csv');
        const rows = parseCsvRows(text);
        expectIssuesInside(parseResults(rows, ctx).issues, rows);
      }),
      { numRuns: 300 },
    );
  });
  it('on random text with delimiters and quotes (numRuns: 300)', () => {
    const text = fc
      .array(
        fc.oneof(
          fc.string(),
          fc.constantFrom(';', ',', '\t', '\n', '\r\n', '"', '""', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện'),
        ),
        {
          maxLength: 80,
        },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (input) => {
        const rows = parseCsvRows(input);
        expectIssuesInside(parseResults(rows, ctx).issues, rows);
      }),
      { numRuns: 300 },
    );
  });
  it('on mutated clerk files: cells replaced, rows dropped, duplicated and cut short (numRuns: 300)', () => {
    const mutation = fc.record({
      kind: fc.constantFrom('replace', 'drop', 'duplicate', 'truncate', 'blank'),
      row: fc.nat({ max: clerkRows.length - 1 }),
      col: fc.nat({ max: 7 }),
      text: cellText,
    });
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 12 }), (mutations) => {
        const rows = clerkRows.map((row) => [...row]);
        for (const m of mutations) {
          const row = rows[m.row % rows.length];
          if (!row) continue;
          if (m.kind === 'replace') row[m.col] = m.text;
          else if (m.kind === 'drop') rows.splice(m.row % rows.length, 1);
          else if (m.kind === 'duplicate') rows.splice(m.row % rows.length, 0, [...row]);
          else if (m.kind === 'truncate') row.length = Math.min(row.length, m.col);
          else rows.splice(m.row % rows.length, 0, ['']);
        }
        expectIssuesInside(parseResults(rows, ctx).issues, rows);
      }),
      { numRuns: 300 },
    );
  });
  it('on random reference tables and manifests (numRuns: 200)', () => {
    const table = fc.array(fc.array(cellText, { maxLength: 10 }), { maxLength: 12 });
    fc.assert(
      fc.property(table, fc.anything(), (rows, json) => {
        const withHeader = [
          ['id', 'name', 'type', 'kind', 'name_vi', 'year', 'member_ids', 'code', 'count'],
          ...rows,
        ];
        for (const parsed of [
          parseUnits(withHeader, 'u.csv', { unitTypes: new Set(['xa']) }),
          parseClusters(withHeader, 'c.csv', { unitIds: new Set(['cao-pha']) }),
          parseIndicators(rows, 'i.csv'),
          parseAwards(rows, 'a.csv'),
        ]) {
          expectIssuesInside(
            parsed.issues,
            parsed.issues.some((i) => i.file === 'u.csv' || i.file === 'c.csv') ? withHeader : rows,
          );
        }
        expect(() => parseManifest(json)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
  it('loadDataset never rejects on random files (numRuns: 50)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('manifest.json', 'units.csv', 'indicators.csv'), fc.uint8Array()),
        async (files) => {
          const loaded = await loadDataset(async (path) => files[path]);
          expect(Array.isArray(loaded.issues)).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('a valid generated clerk file', () => {
  const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
  const valueIndicators = indicators.filter(
    (i) => i.targetKind !== 'composite' && i.targetKind !== 'boolean',
  );
  const line = fc.record({
    indicator: fc.nat({ max: valueIndicators.length - 1 }),
    unit: fc.nat({ max: units.length }),
    plan: fc.double({ min: 0, max: 1e7, noNaN: true }),
    actual: fc.option(fc.double({ min: 0, max: 1e7, noNaN: true }), { nil: undefined }),
    sign: fc.constantFrom('', '≥ ', 'dưới ', 'khoảng '),
    status: fc.constantFrom('', 'Vượt', 'Đạt', 'Không đạt'),
  });
  it('yields zero errors and one result per row (numRuns: 300)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(line, { selector: (l) => `${l.indicator}-${l.unit}`, maxLength: 20 }),
        fc.boolean(),
        (lines, titled) => {
          const rows = [
            ...(titled
              ? [
                  ['BÁO CÁO KẾT QUẢ NĂM 2022', '', '', '', '', ''],
                  ['', '', '', '', '', ''],
                ]
              : []),
            ['STT', 'Chỉ tiêu', 'Xã', 'Kế hoạch năm 2022', 'Thực hiện năm 2022', 'Đánh giá'],
            ...lines.map((l, i) => [
              String(i + 1),
              valueIndicators[l.indicator]?.name.vi ?? '',
              units[l.unit]?.name ?? '',
              l.sign + vi.format(l.plan),
              l.actual === undefined ? '-' : vi.format(l.actual),
              l.status,
            ]),
          ];
          const parsed = parseResults(rows, ctx);
          expect(parsed.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
          expect(parsed.rows).toHaveLength(lines.length);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('round-trips vi-VN formatted numbers through parseViNumber and parsePlan (numRuns: 300)', () => {
    const format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 999 }),
        (whole, thousandths) => {
          const n = Number((whole + Math.sign(whole || 1) * (thousandths / 1000)).toFixed(3));
          expect(parseViNumber(format.format(n))).toEqual({ ok: true, value: n });
          if (n >= 0)
            expect(parsePlan(`≤ ${format.format(n)}`)).toEqual({
              ok: true,
              value: { kind: 'max', value: n },
            });
        },
      ),
      { numRuns: 300 },
    );
  });
});
