import { describe, expect, it } from 'vitest';
import { trendDirection } from './trend-direction';

describe('trendDirection(trend)', () => {
  it('compares the last two actuals, skipping years without one', () => {
    expect(
      trendDirection([
        { year: 2021, actual: 1 },
        { year: 2022, actual: 2 },
      ]),
    ).toBe('up');
    expect(
      trendDirection([
        { year: 2021, actual: 3 },
        { year: 2022, actual: 2 },
      ]),
    ).toBe('down');
    expect(
      trendDirection([
        { year: 2021, actual: 2 },
        { year: 2022, actual: 2 },
      ]),
    ).toBe('flat');
    expect(trendDirection([{ year: 2020, actual: 5 }, { year: 2021, actual: 1 }, { year: 2022 }])).toBe(
      'down',
    );
  });

  it('is undefined with fewer than two actuals', () => {
    expect(trendDirection([{ year: 2021, actual: 1 }, { year: 2022 }])).toBeUndefined();
    expect(trendDirection([])).toBeUndefined();
  });
});
