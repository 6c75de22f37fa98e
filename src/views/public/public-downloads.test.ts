import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../domain';
import { readDataset } from './prerender';
import { publicCsv, publicDownloads, publicJson } from './public-downloads';
import { publicView } from './public-view';

let dataset: Dataset;
beforeAll(async () => {
  dataset = await readDataset(path.resolve(import.meta.dirname, '../../../data'));
});

const lines = (csv: string) =>
  csv
    .slice(1)
    .split('\r\n')
    .filter((l) => l !== '');

describe('publicCsv(view, locale)', () => {
  it('starts with a BOM and has a header plus one line per indicator and sub-measure', () => {
    const csv = publicCsv(publicView(dataset, 2022), 'vi');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines(csv)).toHaveLength(1 + 41);
  });

  it('writes the Vietnamese file with ; and decimal commas, plans and actuals as numbers, sample flag and source', () => {
    const [header, first] = lines(publicCsv(publicView(dataset, 2022), 'vi'));
    expect(header?.split(';')).toEqual([
      'Năm',
      'Nhóm',
      'TT',
      'Mã',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Kế hoạch',
      'Thực hiện',
      '% so kế hoạch',
      'Mã đánh giá',
      'Đánh giá',
      'Ước thực hiện',
      'Dữ liệu minh họa',
      'Nguồn',
    ]);
    expect(first).toMatch(
      /^2022;Kinh tế;1;KT01;Tốc độ tăng giá trị sản xuất;%;12,5;13,2;105,6;exceeded;Vượt;Không;Có;"Dữ liệu minh họa/,
    );
  });

  it('writes the English file with , and decimal points', () => {
    const [, first] = lines(publicCsv(publicView(dataset, 2022), 'en'));
    expect(first).toMatch(
      /^2022,Economy,1,KT01,Growth of production value,%,12.5,13.2,105.6,exceeded,Exceeded,No,Yes,/,
    );
  });

  it('neutralises a cell a spreadsheet would run as a formula', () => {
    const view = publicView(dataset, 2022);
    const first = view.groups[0]?.rows[0];
    if (!first) throw new Error('no row');
    first.name = { vi: '=HYPERLINK("http://x","y")', en: '@SUM(A1)' };
    expect(publicCsv(view, 'vi')).toContain(`;"'=HYPERLINK(""http://x"",""y"")";`);
    expect(publicCsv(view, 'en')).toContain(",'@SUM(A1),");
  });
});

describe('publicJson(view, locale)', () => {
  it('carries the cited summary, and each indicator and award with its isSample flag and source', () => {
    const json = JSON.parse(publicJson(publicView(dataset, 2022), 'vi'));
    expect(json.summary).toMatchObject({ total: 38, exceeded: 27, met: 11, notMet: 0, isSample: false });
    expect(json.summary.source.publishedAt).toBe('2023-02-21');
    expect(json.indicators).toHaveLength(41);
    expect(json.indicators[0]).toMatchObject({ code: 'KT01', plan: 12.5, actual: 13.2, isSample: true });
    expect(json.indicators[0].source.id).toBe('mau-minh-hoa');
    expect(json.awards.map((a: { count: number }) => a.count)).toEqual([30, 34, 127, 13, 46]);
    expect(json.dataDate).toBe('2023-12-15');
  });
});

describe('publicDownloads(dataset, pageDir)', () => {
  it('makes a CSV and a JSON for every year and language, beside the page', () => {
    const names = publicDownloads(dataset, 'cong-khai/').map((f) => f.fileName);
    expect(names).toHaveLength(3 * 2 * 2);
    expect(names).toContain('cong-khai/du-lieu-2021.csv');
    expect(names).toContain('cong-khai/du-lieu-2023-en.json');
  });
});
