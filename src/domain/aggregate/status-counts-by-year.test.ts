import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../testing/sample-dataset';
import { statusCountsByYear } from './status-counts-by-year';

const zero = { exceeded: 0, met: 0, basicallyMet: 0, notMet: 0, noData: 0 };

describe('statusCountsByYear(dataset, unitId?)', () => {
  it('gives the organisation’s counts for each year, ascending', () => {
    expect(statusCountsByYear(sampleDataset())).toEqual([
      { year: 2021, total: 3, counts: { ...zero, exceeded: 1, met: 1, noData: 1 } },
      { year: 2022, total: 4, counts: { ...zero, exceeded: 1, met: 2, notMet: 1 } },
    ]);
  });

  it('leaves out years without rows for the unit', () => {
    expect(statusCountsByYear(sampleDataset(), 'xa-a')).toEqual([
      { year: 2022, total: 2, counts: { ...zero, exceeded: 1, notMet: 1 } },
    ]);
    expect(statusCountsByYear(sampleDataset(), 'xa-z')).toEqual([]);
  });
});
