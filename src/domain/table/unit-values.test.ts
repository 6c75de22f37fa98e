import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../testing/sample-dataset';
import { unitValues } from './unit-values';

describe('unitValues(dataset, indicatorCode, year)', () => {
  const dataset = sampleDataset();

  it('gives each unit’s row for the indicator, by name in Vietnamese order', () => {
    const values = unitValues(dataset, 'KT02', 2022);
    expect(values.map((v) => [v.name, v.row.actual, v.row.status])).toEqual([
      ['Xã Ăn', 40, 'notMet'],
      ['Xã Bắc', 60, 'exceeded'],
      ['Xã Chế Tạo', 70, 'exceeded'],
    ]);
  });

  it('is empty for an indicator without per-unit rows or a year without them', () => {
    expect(unitValues(dataset, 'XH01', 2022)).toEqual([]);
    expect(unitValues(dataset, 'KT02', 2021)).toEqual([]);
  });
});
