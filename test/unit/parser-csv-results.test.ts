import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvRows } from '../../src/data/csv/parse-csv-rows';
import { parseCsvResults, parseResults, type ResultsContext } from '../../src/data/parse-results';
import { groups, indicators, units } from '../fixtures/catalogue';
import { clerkCell, communes, longSheet } from '../support/clerk-sheet';

const ctx: ResultsContext = { file: 'dai.csv', indicators, units: [...units, ...communes], groups };

const text = (lines: string[]) => `${lines.join('\r\n')}\r\n`;
const arrayParse = (csv: string, context = ctx) => parseResults(parseCsvRows(csv), context);

describe('parseCsvResults(text, ctx)', () => {
  it('gives parseResults’ parse of a long valid sheet: one result per row, no issue', () => {
    const csv = text(longSheet(4500));
    const streamed = parseCsvResults(csv, ctx);
    expect(streamed.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(streamed.rows).toHaveLength(4500);
    expect(streamed).toEqual(arrayParse(csv));
  });

  it('reads rows past the first 4096 as parseResults does: errors, duplicates, sections, sub-rows, trailer', () => {
    const lines = longSheet(4300);
    lines[4200] = '4199;Tỷ lệ hộ nghèo;Xã Số 840;%;mười lăm;43;'; // bad plan, past the prefix
    lines[4201] = '4200;Tỷ lệ hộ nghèo;Xã Không Có;%;45;43;'; // unknown unit
    lines[4202] = lines[3] ?? ''; // a duplicate of a row of the prefix
    lines[4203] = 'II. VĂN HÓA - XÃ HỘI;;;;;;';
    lines[4204] = '5;Chỉ tiêu cha mới;Xã Số 1;;;;';
    lines[4205] = 'a);Chỉ tiêu con mới;Xã Số 1;vụ;giảm so với năm trước;5;Đạt';
    lines[4206] = ';;;;;;';
    lines[4207] = 'Ghi chú: (*) Số liệu ước tính.;;;;;;';
    lines[4208] = '1;Tỷ lệ hộ nghèo;Xã Số 1;%;không đọc được;;'; // after the trailer: not read
    const csv = text(lines);
    const streamed = parseCsvResults(csv, ctx);
    expect(streamed.issues.map((issue) => [issue.row, issue.code])).toEqual(
      expect.arrayContaining([
        [4201, 'badPlan'],
        [4202, 'unknownUnit'],
        [4203, 'duplicateRow'],
      ]),
    );
    expect(streamed.parentCodes).not.toEqual({});
    expect(streamed.issues.some((issue) => issue.row === 4209)).toBe(false);
    expect(streamed).toEqual(arrayParse(csv));
  });

  it('falls back to parseResults for short sheets, blank files and sheets without a header', () => {
    const short = text(longSheet(40));
    expect(parseCsvResults(short, ctx)).toEqual(arrayParse(short));
    const blank = ';;\r\n'.repeat(5000);
    expect(parseCsvResults(blank, ctx).issues.map((issue) => issue.code)).toEqual(['emptyFile']);
    const headerless = text(longSheet(4500).slice(2));
    expect(parseCsvResults(headerless, ctx).issues.map((issue) => issue.code)).toEqual(['noHeader']);
    const lateHeader = text([...Array(5000).fill(';;'), ...longSheet(3)]);
    expect(parseCsvResults(lateHeader, ctx)).toEqual(arrayParse(lateHeader));
  });

  it('keeps blank rows in the row numbers and drops only the trailing newline', () => {
    const lines = longSheet(4200);
    lines.splice(4100, 0, '', '');
    lines[4150] = '4149;Tỷ lệ hộ nghèo;Xã Số 830;%;mười lăm;43;';
    const csv = `${lines.join('\n')}\n\n`;
    const streamed = parseCsvResults(csv, ctx);
    expect(streamed).toEqual(arrayParse(csv));
    expect(streamed.rows).toHaveLength(4199);
    const errors = streamed.issues.filter((issue) => issue.severity === 'error');
    expect(errors.map((issue) => [issue.row, issue.code])).toEqual([[4151, 'badPlan']]);
  });

  it('reports progress up to the number of rows, and stops when aborted', () => {
    const csv = text(longSheet(12_000));
    const calls: [number, number][] = [];
    parseCsvResults(csv, { ...ctx, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.at(-1)).toEqual([12_002, 12_002]);
    expect(calls.map(([done]) => done)).toEqual([5000, 10_000, 12_002]);
    for (const [done, total] of calls) expect(total).toBeGreaterThanOrEqual(done);
    const controller = new AbortController();
    controller.abort();
    const aborted = parseCsvResults(csv, { ...ctx, signal: controller.signal });
    expect(aborted.rows).toEqual([]);
    expect(aborted.issues.map((issue) => [issue.row, issue.code])).toEqual([[3, 'aborted']]);
  });

  it('agrees with parseResults on long sheets with random cells replaced (numRuns: 8)', () => {
    const base = longSheet(4200);
    const cell = clerkCell();
    const edit = fc.record({
      row: fc.integer({ min: 2, max: base.length - 1 }),
      col: fc.nat({ max: 6 }),
      cell,
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), (edits) => {
        const lines = [...base];
        for (const e of edits) {
          const cells = (lines[e.row] ?? '').split(';');
          cells[e.col] = e.cell
            .replaceAll(';', ',')
            .replaceAll('"', "'")
            .replaceAll(/[\r\n]/g, ' ');
          lines[e.row] = cells.join(';');
        }
        const csv = text(lines);
        expect(parseCsvResults(csv, ctx)).toEqual(arrayParse(csv));
      }),
      { numRuns: 8 },
    );
  });
});
