import { describe, expect, it } from 'vitest';
import { makeDataset, makeIndicator, makeResult, valueRow } from '../testing/fixtures';
import { sampleDataset } from '../testing/sample-dataset';
import { indicatorHistory } from './indicator-history';

describe('indicatorHistory(dataset, indicatorCode, unitId?)', () => {
  it('gives plan, actual and status for each year with a row, ascending', () => {
    expect(indicatorHistory(sampleDataset(), 'KT01')).toEqual([
      {
        year: 2021,
        plan: { kind: 'value', value: 100 },
        planValue: 100,
        actual: 100,
        status: 'met',
        isEstimate: false,
      },
      {
        year: 2022,
        plan: { kind: 'value', value: 100 },
        planValue: 100,
        actual: 110,
        status: 'exceeded',
        isEstimate: false,
      },
    ]);
  });

  it('follows one unit’s rows and skips years without them', () => {
    expect(
      indicatorHistory(sampleDataset(), 'KT02', 'xa-a').map((h) => [h.year, h.actual, h.status]),
    ).toEqual([[2022, 40, 'notMet']]);
  });

  it('works for a sub-measure, with its baseline from the year before', () => {
    expect(
      indicatorHistory(sampleDataset(), 'TNGT-CHET').map((h) => [h.year, h.planValue, h.actual, h.status]),
    ).toEqual([
      [2021, undefined, 5, 'noData'],
      [2022, undefined, 6, 'notMet'],
    ]);
  });

  it('gives a band’s midpoint, the estimate flag and the shown status', () => {
    const dataset = makeDataset({
      indicators: [makeIndicator({ code: 'B', direction: 'band' })],
      results: [
        makeResult({
          indicatorCode: 'B',
          year: 2023,
          plan: { kind: 'band', min: 6.6, max: 6.8 },
          actual: { value: 6.7, text: '6,7' },
          isEstimate: true,
          reportedStatus: 'exceeded',
        }),
      ],
    });
    const [row] = indicatorHistory(dataset, 'B');
    expect(row?.planValue).toBeCloseTo(6.7, 10);
    expect(indicatorHistory(dataset, 'B')).toEqual([
      {
        year: 2023,
        plan: { kind: 'band', min: 6.6, max: 6.8 },
        planValue: row?.planValue,
        actual: 6.7,
        status: 'exceeded',
        isEstimate: true,
      },
    ]);
  });

  it('is empty for an unknown code or an indicator without rows', () => {
    expect(indicatorHistory(sampleDataset(), 'NOPE')).toEqual([]);
    expect(indicatorHistory(sampleDataset(), 'KT03')).toEqual([]);
    expect(indicatorHistory(makeDataset({ results: [valueRow('X', 2022, 1, 1)] }), 'X')).toEqual([]);
  });
});
