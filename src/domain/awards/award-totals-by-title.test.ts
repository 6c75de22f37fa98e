import { describe, expect, it } from 'vitest';
import { makeAward, makeDataset } from '../testing/fixtures';
import { awardTotalsByTitle } from './award-totals-by-title';

describe('awardTotalsByTitle(dataset, year)', () => {
  it('maps each award code to its recipients that year, as the seed’s 30 CSTĐCS and 127 LĐTT', () => {
    const dataset = makeDataset({
      awards: [
        makeAward(2022, 'cstdcs', 12, 'a'),
        makeAward(2022, 'cstdcs', 18, 'b'),
        makeAward(2022, 'ldtt', 127),
        makeAward(2021, 'ldtt', 100),
      ],
    });
    expect([...awardTotalsByTitle(dataset, 2022)]).toEqual([
      ['cstdcs', 30],
      ['ldtt', 127],
    ]);
    expect(awardTotalsByTitle(dataset, 2020).size).toBe(0);
  });
});
