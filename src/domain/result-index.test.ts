import { describe, expect, it } from 'vitest';
import { indexResults } from './result-index';
import { makeDataset, makeResult } from './testing/fixtures';

describe('indexResults(dataset)', () => {
  const rows = () => [
    makeResult({ indicatorCode: 'A', year: 2022, unitId: 'xa-b', actual: { value: 1, text: '1' } }),
    makeResult({ indicatorCode: 'A', year: 2021, actual: { value: 2, text: '2' } }),
    makeResult({ indicatorCode: 'A', year: 2022, unitId: 'xa-a', actual: { value: 3, text: '3' } }),
    makeResult({ indicatorCode: 'A', year: 2022, unitId: 'xa-b', actual: { value: 4, text: '4' } }),
    makeResult({ indicatorCode: 'B', year: 2022, actual: { value: 5, text: '5' } }),
  ];

  it('finds the first row of an indicator, year and unit, the organisation being no unit', () => {
    const index = indexResults(makeDataset({ results: rows() }));
    expect(index.find('A', 2022, 'xa-b')?.actual.value).toBe(1);
    expect(index.find('A', 2021, undefined)?.actual.value).toBe(2);
    expect(index.find('A', 2022, undefined)).toBeUndefined();
    expect(index.find('C', 2022, 'xa-a')).toBeUndefined();
  });

  it('lists years ascending, the units of a year in order of appearance, and one year’s rows of a unit', () => {
    const index = indexResults(makeDataset({ results: rows() }));
    expect(index.years()).toEqual([2021, 2022]);
    expect(index.unitIds(2022)).toEqual(['xa-b', 'xa-a']);
    expect(index.unitIds(2021)).toEqual([]);
    expect([...index.rowsOf(2022, undefined).keys()]).toEqual(['B']);
    expect(index.rowsOf(2030, 'xa-a').size).toBe(0);
  });

  it('shares one lookup per results array, and sees a row pushed after it was built', () => {
    const results = rows();
    const first = indexResults(makeDataset({ results }));
    const second = indexResults(makeDataset({ results, indicators: [] }));
    expect(second.years()).toBe(first.years());
    results.push(makeResult({ indicatorCode: 'A', year: 2023 }));
    expect(indexResults(makeDataset({ results })).years()).toEqual([2021, 2022, 2023]);
  });
});
