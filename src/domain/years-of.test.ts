import { describe, expect, it } from 'vitest';
import { makeDataset, valueRow } from './testing/fixtures';
import { yearsOf } from './years-of';

describe('yearsOf(dataset)', () => {
  it('lists the years with results, ascending and once each', () => {
    const dataset = makeDataset({
      results: [valueRow('A', 2023, 1, 1), valueRow('A', 2021, 1, 1), valueRow('B', 2023, 1, 1, 'xa')],
    });
    expect(yearsOf(dataset)).toEqual([2021, 2023]);
  });

  it('is empty without results', () => {
    expect(yearsOf(makeDataset())).toEqual([]);
  });
});
