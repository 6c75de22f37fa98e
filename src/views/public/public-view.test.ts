import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../domain';
import { readDataset } from './prerender';
import { pickYear, publicView, rowCount } from './public-view';

let dataset: Dataset;
beforeAll(async () => {
  dataset = await readDataset(path.resolve(import.meta.dirname, '../../../data'));
});

describe('publicView(dataset, year) on the bundled data', () => {
  it('gives 2022 the published 38 / 27 / 11 / 0, cited to the report of 21/02/2023, not sample', () => {
    const view = publicView(dataset, 2022);
    expect(view.summary).toMatchObject({ total: 38, exceeded: 27, met: 11, notMet: 0, isSample: false });
    expect(view.summary.sourceId).toBe('bao-cao-2023-02-21');
    expect(view.computed).toMatchObject({ total: 38, exceeded: 27, met: 11, notMet: 0, isSample: true });
  });

  it('lists the 38 indicators by group and the three sub-measures of QP02 right after it', () => {
    const view = publicView(dataset, 2022);
    expect(view.groups.map((g) => g.code)).toEqual([
      'kinh-te',
      'van-hoa-xa-hoi',
      'moi-truong',
      'quoc-phong-an-ninh',
    ]);
    const rows = view.groups.flatMap((g) => g.rows);
    expect(rows.filter((r) => r.level === 0)).toHaveLength(38);
    expect(rowCount(view)).toBe(41);
    const at = rows.findIndex((r) => r.code === 'QP02');
    expect(rows.slice(at, at + 4).map((r) => `${r.number} ${r.code} ${r.level}`)).toEqual([
      '2 QP02 0',
      '2.1 QP02a 1',
      '2.2 QP02b 1',
      '2.3 QP02c 1',
    ]);
    expect(rows.every((r) => r.isSample)).toBe(true);
  });

  it('takes the five award counts of 2022 from the report, and 2021 from the sample records', () => {
    const y2022 = publicView(dataset, 2022).awards;
    expect(y2022.map((a) => [a.code, a.count, a.isSample])).toEqual([
      ['cstdcs', 30, false],
      ['ttldtt', 34, false],
      ['ldtt', 127, false],
      ['dhtt-tap-the', 13, false],
      ['dhtt-ca-nhan', 46, false],
    ]);
    const y2021 = publicView(dataset, 2021).awards;
    expect(y2021.length).toBeGreaterThan(0);
    expect(y2021.every((a) => a.isSample && a.sourceId === undefined)).toBe(true);
    expect(publicView(dataset, 2023).awards).toEqual([]);
  });

  it('computes a year without a published summary from its rows, marked sample, no-data rows counted', () => {
    const view = publicView(dataset, 2023);
    expect(view.summary).toBe(view.computed);
    expect(view.summary.isSample).toBe(true);
    expect(view.summary.sourceId).toBeUndefined();
    const s = view.summary;
    expect(s.exceeded + s.met + s.basicallyMet + s.notMet + s.noData).toBe(s.total);
    expect(s.noData).toBeGreaterThan(0);
  });
});

describe('pickYear(dataset, requested)', () => {
  it('keeps a year the data has and falls back to the default year otherwise', () => {
    expect(pickYear(dataset, 2021)).toBe(2021);
    expect(pickYear(dataset, 1999)).toBe(2022);
    expect(pickYear(dataset, undefined)).toBe(2022);
  });
});
