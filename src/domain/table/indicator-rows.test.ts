import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../testing/sample-dataset';
import { indicatorRows } from './indicator-rows';

describe('indicatorRows(dataset, year, unitId)', () => {
  const dataset = sampleDataset();

  it('lists the top-level indicators of the year in group then catalogue order, with plan, actual and status', () => {
    const rows = indicatorRows(dataset, 2022);
    expect(rows.map((r) => r.code)).toEqual(['KT01', 'KT02', 'XH01', 'TNGT']);
    expect(rows.map((r) => r.order)).toEqual([0, 1, 2, 3]);
    const kt01 = rows[0];
    expect(kt01?.planValue).toBe(100);
    expect(kt01?.actual).toBe(110);
    expect(kt01?.percentOfPlan).toBeCloseTo(110);
    expect(kt01?.status).toBe('exceeded');
    expect(rows.map((r) => r.status)).toEqual(['exceeded', 'met', 'met', 'notMet']);
  });

  it('gives each row its actuals in every year with a row, ascending, and undefined where there is none', () => {
    const rows = indicatorRows(dataset, 2022);
    expect(rows.find((r) => r.code === 'KT01')?.trend).toEqual([
      { year: 2021, actual: 100 },
      { year: 2022, actual: 110 },
    ]);
    expect(rows.find((r) => r.code === 'KT02')?.trend).toEqual([{ year: 2022, actual: 50 }]);
    expect(rows.find((r) => r.code === 'TNGT')?.trend).toEqual([
      { year: 2021, actual: undefined },
      { year: 2022, actual: undefined },
    ]);
  });

  it('keeps the trend to the years up to the one shown', () => {
    expect(indicatorRows(dataset, 2021).find((r) => r.code === 'KT01')?.trend).toEqual([
      { year: 2021, actual: 100 },
    ]);
  });

  it('reads a unit’s own rows when given a unit, and nothing for a year without rows', () => {
    expect(indicatorRows(dataset, 2022, 'xa-a').map((r) => [r.code, r.status])).toEqual([
      ['KT01', 'exceeded'],
      ['KT02', 'notMet'],
    ]);
    expect(indicatorRows(dataset, 2019)).toEqual([]);
  });

  it('flags a changed definition only when the unit of measure changed from the year before', () => {
    const changed = {
      ...dataset,
      results: dataset.results.map((r) =>
        r.indicatorCode === 'KT01' && r.unitId === undefined
          ? { ...r, unitText: r.year === 2021 ? 'tấn' : 'nghìn tấn' }
          : r,
      ),
    };
    expect(indicatorRows(changed, 2022).find((r) => r.code === 'KT01')?.definitionChanged).toBe(true);
    expect(indicatorRows(dataset, 2022).find((r) => r.code === 'KT01')?.definitionChanged).toBe(false);
  });
});
