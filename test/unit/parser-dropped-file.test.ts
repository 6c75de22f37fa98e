import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { DataIssue } from '../../src/data/issues';
import { MAX_DROPPED_BYTES, parseDroppedFile, sniffFormat } from '../../src/data/parse-dropped-file';
import { numberText } from '../../src/data/xlsx/read-xlsx-rows';
import { groups, indicators, units } from '../fixtures/catalogue';
import { encodeWindows1258 } from '../fixtures/encode-windows-1258';

const dataset = { indicators, units, groups };
const where = (issues: DataIssue[]) =>
  issues.map((i) => `${i.severity} ${i.code} ${i.row ?? '-'}${i.column?.letter ?? ''} ${i.raw ?? ''}`.trim());

/** A clerk's workbook: two title rows, a header merged over two rows, a formula with its cached value, real numbers. */
function clerkWorkbook(): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['ỦY BAN NHÂN DÂN HUYỆN MÙ CANG CHẢI'],
    ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2022'],
    ['TT', 'Chỉ tiêu', 'ĐVT', 'Năm 2022', null, '% so KH', 'Đánh giá'],
    [null, null, null, 'Kế hoạch', 'Thực hiện', null, null],
    [1, 'Sản lượng lương thực có hạt', 'tấn', 24500, 25312.5, null, 'Vượt'],
    [2, 'Tỷ lệ hộ nghèo', '%', 'dưới 45', 43.18, null, 'Đạt'],
    [3, 'Diện tích trồng rừng mới', 'ha', 1.234, 1.5, null, 'Vượt'],
  ]);
  sheet['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 6 } },
    { s: { r: 2, c: 3 }, e: { r: 2, c: 4 } },
    { s: { r: 2, c: 0 }, e: { r: 3, c: 0 } },
    { s: { r: 2, c: 1 }, e: { r: 3, c: 1 } },
  ];
  sheet.F5 = { t: 'n', f: 'E5/D5', v: 1.0331632653, z: '0.0%' };
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([['Hướng dẫn'], ['Điền số liệu vào trang sau']]),
    'Huong dan',
  );
  XLSX.utils.book_append_sheet(book, sheet, 'Bieu 01');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('parseDroppedFile(name, bytes, dataset)', () => {
  it('reads an Excel workbook: finds the sheet with a header, merged header cells, cached formula values, real numbers', async () => {
    const parsed = await parseDroppedFile('bao-cao.xlsx', clerkWorkbook(), dataset);
    expect(parsed.issues).toEqual([]);
    expect(parsed.year).toBe(2022);
    expect(parsed.rows.map((r) => [r.indicatorCode, r.plan, r.actual.value, r.reportedPercent])).toEqual([
      ['LUONG-THUC', { kind: 'value', value: 24500 }, 25312.5, 103.31632653],
      ['HO-NGHEO', { kind: 'max', value: 45 }, 43.18, undefined],
      ['TRONG-RUNG', { kind: 'value', value: 1.234 }, 1.5, undefined],
    ]);
  });
  it('tells an Excel file by its bytes even when it is named .csv', async () => {
    const bytes = clerkWorkbook();
    expect(sniffFormat(bytes)).toBe('xlsx');
    expect((await parseDroppedFile('ket-qua.csv', bytes, dataset)).rows).toHaveLength(3);
  });
  it('reads a CSV saved by Excel in Windows-1258 and warns about the encoding', async () => {
    const bytes = encodeWindows1258(
      'Chỉ tiêu;Kế hoạch năm 2022;Thực hiện\nTỷ lệ hộ nghèo;dưới 45;43,18\nDiện tích trồng rừng mới;450;512',
    );
    expect(bytes.length).toBeLessThan(120);
    const parsed = await parseDroppedFile('windows.csv', bytes, dataset);
    expect(where(parsed.issues)).toEqual(['warning encoding -']);
    expect(parsed.rows.map((r) => [r.indicatorCode, r.plan, r.actual.value])).toEqual([
      ['HO-NGHEO', { kind: 'max', value: 45 }, 43.18],
      ['TRONG-RUNG', { kind: 'value', value: 450 }, 512],
    ]);
  });
  it('refuses binary garbage, an empty file and a file over the size limit', async () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 131 + 7) % 256);
    expect(where((await parseDroppedFile('x.csv', garbage, dataset)).issues)).toEqual([
      'warning encoding -',
      'error notCsv -',
    ]);
    expect(where((await parseDroppedFile('e.csv', new Uint8Array(0), dataset)).issues)).toEqual([
      'error emptyFile -',
    ]);
    const huge = new Uint8Array(MAX_DROPPED_BYTES + 1);
    const tooLarge = await parseDroppedFile('big.csv', huge, dataset);
    expect(where(tooLarge.issues)).toEqual(['error tooLarge - 20.0 MB']);
    expect(tooLarge.issues[0]?.expected).toBe('20 MB');
  });
  it('reports a zip that is not a workbook as unreadable', async () => {
    const fake = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
    expect(
      where((await parseDroppedFile('fake.xlsx', fake, dataset)).issues).map((s) => s.split(' ')[1]),
    ).toEqual(['unreadable']);
  });
});

describe('numberText(n)', () => {
  it('writes numbers so the vi-VN parser reads them back exactly, even 1.234', () => {
    expect(numberText(24500)).toBe('24500');
    expect(numberText(1234.5)).toBe('1234,5');
    expect(numberText(1.234)).toBe('1,2340');
    expect(numberText(-0.5)).toBe('-0,5');
    expect(numberText(Number.NaN)).toBe('');
  });
});
