import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvRows } from '../../src/data/csv/parse-csv-rows';
import type { DataIssue } from '../../src/data/issues';
import { parseResults } from '../../src/data/parse-results';
import { decodeBytes } from '../../src/data/text/decode-bytes';
import { groups, indicators, units } from '../fixtures/catalogue';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

function parseFixture(name: string) {
  const { text } = decodeBytes(new Uint8Array(readFileSync(join(FIXTURES, name))), name);
  return parseResults(parseCsvRows(text), { file: name, indicators, units, groups });
}

const where = (issues: DataIssue[]) =>
  issues.map((i) =>
    `${i.severity} ${i.code} ${i.row ?? '-'}${i.column ? i.column.letter : ''} ${i.raw ?? ''}`.trim(),
  );

describe('parseResults on a clean sheet', () => {
  const parsed = parseFixture('clean-utf8.csv');
  it('reads every row with no issue', () => {
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows).toHaveLength(4);
  });
  it('matches units by name, alias and with the “xã” prefix, blank being the organisation', () => {
    expect(parsed.rows.map((r) => r.unitId)).toEqual(['cao-pha', 'mo-de', 'cao-pha', undefined]);
  });
  it('reads codes, years, vi-VN numbers, plans, statuses and the sample flag', () => {
    expect(parsed.rows[0]).toEqual({
      indicatorCode: 'LUONG-THUC',
      year: 2022,
      unitId: 'cao-pha',
      plan: { kind: 'value', value: 1200 },
      planText: '1.200',
      unitText: 'tấn',
      actual: { value: 1250.5, text: '1.250,5' },
      isEstimate: false,
      reportedStatus: 'exceeded',
      isSample: true,
    });
    expect(parsed.rows[2]?.plan).toEqual({ kind: 'max', value: 40 });
    expect(parsed.rows[1]?.reportedStatus).toBe('notMet');
  });
});

describe('parseResults on clerk habits', () => {
  it('reads a BOM, semicolons, the year and “Ước” from the headers, and “-” as no data', () => {
    const parsed = parseFixture('bom-semicolon.csv');
    expect(parsed.issues).toEqual([]);
    expect(parsed.year).toBe(2023);
    expect(parsed.rows.map((r) => [r.indicatorCode, r.year, r.isEstimate, r.actual.value])).toEqual([
      ['LUONG-THUC', 2023, true, 25312],
      ['TRONG-RUNG', 2023, true, undefined],
    ]);
    expect(parsed.rows[1]?.actual).toEqual({ text: '-' });
  });
  it('reads tabs, English headers and English numbers, with the year from the file name', () => {
    const parsed = parseFixture('results-2024-tabs.csv');
    expect(parsed.issues).toEqual([]);
    expect(parsed.year).toBe(2024);
    expect(parsed.rows.map((r) => [r.plan, r.actual.value, r.reportedStatus])).toEqual([
      [{ kind: 'value', value: 24500 }, 25312.5, 'exceeded'],
      [{ kind: 'max', value: 45 }, 43.18, 'met'],
    ]);
  });
  it('skips title rows, joins a merged two-row header and skips the column-numbering row', () => {
    const parsed = parseFixture('title-merged-header.csv');
    expect(parsed.issues).toEqual([]);
    expect(parsed.year).toBe(2022);
    expect(parsed.rows.map((r) => [r.indicatorCode, r.plan, r.actual.value])).toEqual([
      ['LUONG-THUC', { kind: 'value', value: 24500 }, 25312],
      ['HO-NGHEO', { kind: 'max', value: 45 }, 43.18],
    ]);
  });

  describe('a sheet with sections, sub-rows, “Trong đó”, footnotes and signatures', () => {
    const parsed = parseFixture('sections-subrows.csv');
    it('takes the year from the title and keeps the 13 indicator rows, nothing from the notes or signatures', () => {
      expect(parsed.year).toBe(2022);
      expect(parsed.rows.map((r) => r.indicatorCode)).toEqual([
        'LUONG-THUC',
        'TRONG-RUNG',
        'moi-rung-san-xuat',
        'moi-rung-phong-ho',
        'HO-NGHEO',
        'CPI',
        'moi-ty-le-tang-dan-so-tu-nhien',
        'moi-ty-le-that-nghiep',
        'moi-so-tre-em-duoc-tiem-chung',
        'TUYEN-QUAN',
        'TAI-NAN',
        'TAI-NAN-VU',
        'moi-so-nguoi-chet',
      ]);
    });
    it('maps Roman-numeral sections to the dataset’s groups', () => {
      expect(parsed.sectionGroups).toEqual([
        { row: 5, title: 'KINH TẾ', groupCode: 'kinh-te' },
        { row: 11, title: 'VĂN HÓA - XÃ HỘI', groupCode: 'van-hoa-xa-hoi' },
        { row: 17, title: 'QUỐC PHÒNG - AN NINH', groupCode: 'quoc-phong-an-ninh' },
      ]);
    });
    it('nests “Trong đó” rows and a), - rows under their parent so they are not counted twice', () => {
      expect(parsed.parentCodes).toEqual({
        'moi-rung-san-xuat': 'TRONG-RUNG',
        'moi-rung-phong-ho': 'TRONG-RUNG',
        'TAI-NAN-VU': 'TAI-NAN',
        'moi-so-nguoi-chet': 'TAI-NAN',
      });
      expect(parsed.newIndicators.find((i) => i.code === 'moi-so-nguoi-chet')?.parentCode).toBe('TAI-NAN');
    });
    it('reads every plan form of the sheet', () => {
      const plans = Object.fromEntries(parsed.rows.map((r) => [r.indicatorCode, r.plan]));
      expect(plans['TRONG-RUNG']).toEqual({ kind: 'min', value: 450 });
      expect(plans['HO-NGHEO']).toEqual({ kind: 'max', value: 45 });
      expect(plans.CPI).toEqual({ kind: 'approx', value: 4 });
      expect(plans['moi-ty-le-tang-dan-so-tu-nhien']).toEqual({ kind: 'band', min: 6.6, max: 6.8 });
      expect(plans['moi-ty-le-that-nghiep']).toEqual({ kind: 'max', value: 30 });
      expect(plans['TUYEN-QUAN']).toEqual({ kind: 'boolean' });
      expect(plans['TAI-NAN-VU']).toEqual({ kind: 'vsBaseline', change: 'decrease' });
      expect(plans['TAI-NAN']).toBeUndefined();
    });
    it('keeps blank and “-” actuals as no data, never 0', () => {
      const actual = Object.fromEntries(parsed.rows.map((r) => [r.indicatorCode, r.actual]));
      expect(actual['moi-ty-le-that-nghiep']).toEqual({ text: '' });
      expect(actual['moi-so-nguoi-chet']).toEqual({ text: '-' });
      expect(actual['TUYEN-QUAN']).toEqual({ done: true, text: 'hoàn thành' });
    });
    it('gives new indicators a direction from the plan sign, the status, or asks for review', () => {
      const direction = Object.fromEntries(parsed.newIndicators.map((i) => [i.code, i.direction]));
      expect(direction).toEqual({
        'moi-rung-san-xuat': 'higher',
        'moi-rung-phong-ho': 'higher',
        'moi-ty-le-tang-dan-so-tu-nhien': 'band',
        'moi-ty-le-that-nghiep': 'lower',
        'moi-so-tre-em-duoc-tiem-chung': 'higher',
        'moi-so-nguoi-chet': 'lower',
      });
      expect(parsed.reviewIndicators).toEqual(['moi-so-tre-em-duoc-tiem-chung']);
    });
    it('warns once per new indicator and once for the unknown direction, with no error', () => {
      expect(where(parsed.issues)).toEqual([
        'warning unknownIndicator 9B Rừng sản xuất',
        'warning unknownIndicator 10B Rừng phòng hộ',
        'warning unknownIndicator 14B Tỷ lệ tăng dân số tự nhiên',
        'warning unknownIndicator 15B Tỷ lệ thất nghiệp',
        'warning unknownIndicator 16B Số trẻ em được tiêm chủng',
        'warning unknownIndicator 21B Số người chết',
        'warning directionUnknown 16B Số trẻ em được tiêm chủng',
      ]);
    });
  });
});

describe('parseResults on broken sheets', () => {
  it('drops a row whose plan or actual is text, keeps one with a bad percent, and says where', () => {
    const parsed = parseFixture('text-in-number.csv');
    expect(parsed.rows.map((r) => r.indicatorCode)).toEqual(['TRONG-RUNG']);
    expect(parsed.rows[0]?.reportedPercent).toBeUndefined();
    expect(where(parsed.issues)).toEqual([
      'error badPlan 2B abc',
      'warning notANumber 3D xyz',
      'error badActual 4C nhiều',
    ]);
    expect(parsed.issues[0]?.column).toEqual({ index: 1, letter: 'B', header: 'Kế hoạch năm 2022' });
  });
  it('reports a missing plan column and reads nothing', () => {
    const parsed = parseFixture('missing-plan.csv');
    expect(parsed.rows).toEqual([]);
    expect(where(parsed.issues)).toEqual(['error missingColumn 1']);
    expect(parsed.issues[0]?.detail).toBe('plan');
  });
  it('drops a row for an unknown unit rather than count it for the organisation', () => {
    const parsed = parseFixture('unknown-unit.csv');
    expect(parsed.rows.map((r) => r.unitId)).toEqual(['cao-pha']);
    expect(where(parsed.issues)).toEqual(['error unknownUnit 3B Xã Không Có']);
  });
  it('drops the second of two rows for the same indicator, unit and year, naming the first', () => {
    const parsed = parseFixture('duplicate-row.csv');
    expect(parsed.rows).toHaveLength(2);
    expect(where(parsed.issues)).toEqual(['error duplicateRow 4A SẢN LƯỢNG LƯƠNG THỰC CÓ HẠT']);
    expect(parsed.issues[0]?.detail).toBe('2');
  });
  it('reports a sheet without a header', () => {
    expect(where(parseFixture('no-header.csv').issues)).toEqual(['error noHeader -']);
  });
  it('reports an empty file', () => {
    expect(where(parseFixture('empty.csv').issues)).toEqual(['error emptyFile -']);
  });
  it('reports a sheet whose year is nowhere', () => {
    const parsed = parseFixture('no-year.csv');
    expect(parsed.rows).toEqual([]);
    expect(where(parsed.issues)).toEqual(['error noYear -']);
  });
  it('refuses to guess 1.234 in a column that mixes vi-VN and English numbers', () => {
    const parsed = parseFixture('ambiguous-numbers.csv');
    expect(parsed.rows.map((r) => r.plan)).toEqual([
      { kind: 'value', value: 1234.5 },
      { kind: 'value', value: 1234.5 },
    ]);
    expect(where(parsed.issues)).toEqual(['error ambiguousNumber 4B 1.234']);
  });
});

describe('parseResults and the indicators a sheet adds', () => {
  // The catalogue's keys are shared between parses (a cache): the codes a sheet adds must still be seen.
  it('gives colliding names -2 codes and matches a later code cell to an added indicator', () => {
    const rows = [
      ['Mã', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2022', 'Thực hiện năm 2022', 'Đánh giá'],
      ['', 'Chỉ tiêu mới', 'ha', '10', '12', 'Vượt'],
      ['', 'Chỉ tiêu % mới', '%', '10', '8', 'Không đạt'],
      ['X1', 'Chỉ tiêu có mã', 'ha', '≥ 5', '6', ''],
      ['x1', 'Tên khác của X1', 'ha', '5', '4', 'Không đạt'],
      ['moi-chi-tieu-moi', 'Tên khác nữa', 'ha', '5', '4', ''],
    ];
    const ctx = { file: 'moi.csv', indicators, units, groups };
    for (let run = 0; run < 2; run++) {
      const parsed = parseResults(rows, ctx);
      expect(parsed.newIndicators.map((i) => i.code)).toEqual([
        'moi-chi-tieu-moi',
        'moi-chi-tieu-moi-2',
        'X1',
      ]);
      expect(parsed.issues.map((i) => [i.row, i.code, i.detail])).toEqual([
        [2, 'unknownIndicator', 'moi-chi-tieu-moi'],
        [3, 'unknownIndicator', 'moi-chi-tieu-moi-2'],
        [4, 'unknownIndicator', 'X1'],
        [5, 'duplicateRow', '4'],
        [6, 'duplicateRow', '2'],
      ]);
    }
    expect(indicators.some((i) => i.code === 'X1')).toBe(false); // the catalogue is left as it was
  });
});

describe('parseResults nesting', () => {
  // Popped stack entries are reused: a heading must not inherit the code of the row whose entry it reuses.
  it('nests sub-rows under a heading that follows a numbered row with figures', () => {
    const rows = [
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2022', 'Thực hiện năm 2022'],
      ['1', 'Sản lượng lương thực có hạt', 'tấn', '24.500', '25.312'],
      ['2', 'Nhóm chỉ tiêu mới', '', '', ''],
      ['a)', 'Chỉ tiêu con thứ nhất', 'ha', '10', '12'],
      ['3', 'Diện tích trồng rừng mới', 'ha', '≥ 450', '512'],
      ['4', 'Nhóm khác', '', '', ''],
      ['-', 'Chỉ tiêu con thứ hai', 'ha', '5', '6'],
    ];
    const parsed = parseResults(rows, { file: 'nhom.csv', indicators, units, groups });
    expect(parsed.parentCodes).toEqual({
      'moi-chi-tieu-con-thu-nhat': 'moi-nhom-chi-tieu-moi',
      'moi-chi-tieu-con-thu-hai': 'moi-nhom-khac',
    });
    expect(parsed.newIndicators.map((i) => [i.code, i.parentCode])).toEqual([
      ['moi-chi-tieu-con-thu-nhat', 'moi-nhom-chi-tieu-moi'],
      ['moi-nhom-chi-tieu-moi', undefined],
      ['moi-chi-tieu-con-thu-hai', 'moi-nhom-khac'],
      ['moi-nhom-khac', undefined],
    ]);
  });

  const sheet = (lines: string) => parseCsvRows(lines.trim());
  it('nests unmarked rows after “Trong đó:” until the next numbered row', () => {
    const parsed = parseResults(
      sheet(`
TT;Chỉ tiêu;Kế hoạch năm 2022;Thực hiện
1;Diện tích trồng rừng mới;≥ 450;512
;Trong đó:;;
;Rừng sản xuất;300;350
;Rừng phòng hộ;150;162
2;Sản lượng lương thực có hạt;24.500;25.312
;Lương thực có hạt;1;1
`),
      { file: 't.csv', indicators, units, groups },
    );
    expect(parsed.parentCodes).toEqual({
      'moi-rung-san-xuat': 'TRONG-RUNG',
      'moi-rung-phong-ho': 'TRONG-RUNG',
    });
    expect(where(parsed.issues).filter((i) => i.startsWith('error'))).toEqual([
      'error duplicateRow 7B Lương thực có hạt',
    ]);
  });
  it('reads an inline “Trong đó: …” row as a child with figures', () => {
    const parsed = parseResults(
      sheet(`
TT;Chỉ tiêu;Kế hoạch năm 2022;Thực hiện
1;Tai nạn giao thông;giảm so với năm trước;
;Trong đó: Số vụ tai nạn giao thông;giảm so với năm trước;5
`),
      { file: 't.csv', indicators, units, groups },
    );
    expect(parsed.rows.map((r) => r.indicatorCode)).toEqual(['TAI-NAN', 'TAI-NAN-VU']);
    expect(parsed.parentCodes).toEqual({ 'TAI-NAN-VU': 'TAI-NAN' });
  });
});

describe('parseResults(rows, ctx) options', () => {
  it('reports progress and ends at the total', () => {
    const calls: [number, number][] = [];
    const rows = [
      ['Chỉ tiêu', 'Kế hoạch năm 2022', 'Thực hiện'],
      ['Tỷ lệ hộ nghèo', '45', '43'],
    ];
    parseResults(rows, {
      file: 'p.csv',
      indicators,
      units,
      groups,
      onProgress: (d, t) => calls.push([d, t]),
    });
    expect(calls.at(-1)).toEqual([2, 2]);
  });
  it('stops when aborted and says so', () => {
    const controller = new AbortController();
    controller.abort();
    const rows = [
      ['Chỉ tiêu', 'Kế hoạch năm 2022', 'Thực hiện'],
      ['Tỷ lệ hộ nghèo', '45', '43'],
    ];
    const parsed = parseResults(rows, {
      file: 'a.csv',
      indicators,
      units,
      groups,
      signal: controller.signal,
    });
    expect(parsed.rows).toEqual([]);
    expect(where(parsed.issues)).toEqual(['warning aborted 2']);
  });
});
