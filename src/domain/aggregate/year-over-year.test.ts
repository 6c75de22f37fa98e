import { describe, expect, it } from 'vitest';
import type { IndicatorResult } from '../model';
import { makeDataset, makeIndicator, makeResult, valueRow } from '../testing/fixtures';
import { sampleDataset } from '../testing/sample-dataset';
import { yearOverYear } from './year-over-year';

describe('yearOverYear(dataset, year, unitId?)', () => {
  it('compares each indicator with the year before, sub-measures included, in group then catalogue order', () => {
    const rows = yearOverYear(sampleDataset(), 2022);
    expect(rows.map((r) => r.indicatorCode)).toEqual([
      'KT01',
      'KT02',
      'XH01',
      'TNGT',
      'TNGT-VU',
      'TNGT-CHET',
    ]);
    expect(rows[0]).toEqual({
      indicatorCode: 'KT01',
      previousActual: 100,
      actual: 110,
      delta: 10,
      deltaKind: 'percent',
      improved: true,
      definitionChanged: false,
    });
  });

  it('gives percentage points for percent indicators and judges improvement by direction', () => {
    const xh01 = yearOverYear(sampleDataset(), 2022).find((r) => r.indicatorCode === 'XH01');
    expect(xh01).toMatchObject({
      previousActual: 9,
      actual: 9,
      delta: 0,
      deltaKind: 'points',
      improved: false,
    });
    const vu = yearOverYear(sampleDataset(), 2022).find((r) => r.indicatorCode === 'TNGT-VU');
    expect(vu).toMatchObject({ previousActual: 12, actual: 10, deltaKind: 'percent', improved: true });
    expect(vu?.delta).toBeCloseTo(-16.6667, 3);
  });

  it('gives an absolute delta when last year was 0, and no delta when a year is missing', () => {
    const dataset = makeDataset({
      indicators: [makeIndicator({ code: 'F', direction: 'lower' }), makeIndicator({ code: 'G' })],
      results: [valueRow('F', 2021, 0, 0), valueRow('F', 2022, 0, 2), valueRow('G', 2022, 5, 5)],
    });
    expect(yearOverYear(dataset, 2022)).toEqual([
      {
        indicatorCode: 'F',
        previousActual: 0,
        actual: 2,
        delta: 2,
        deltaKind: 'absolute',
        improved: false,
        definitionChanged: false,
      },
      {
        indicatorCode: 'G',
        previousActual: undefined,
        actual: 5,
        delta: undefined,
        deltaKind: 'percent',
        improved: undefined,
        definitionChanged: false,
      },
    ]);
  });

  it('does not call an unchanged actual an improvement when higher is better', () => {
    const dataset = makeDataset({
      indicators: [makeIndicator({ code: 'H' })],
      results: [valueRow('H', 2021, 5, 7), valueRow('H', 2022, 6, 7)],
    });
    expect(yearOverYear(dataset, 2022)[0]).toMatchObject({ delta: 0, deltaKind: 'percent', improved: false });
  });

  it('flags a changed unit of measure or plan kind, but not a change of case or marks', () => {
    const row = (year: number, unitText: string, plan: IndicatorResult['plan']) =>
      makeResult({ indicatorCode: 'K', year, unitText, plan, actual: { value: 1, text: '1' } });
    const value = { kind: 'value', value: 1 } as const;
    const check = (a: IndicatorResult, b: IndicatorResult) =>
      yearOverYear(makeDataset({ indicators: [makeIndicator({ code: 'K' })], results: [a, b] }), b.year)[0]
        ?.definitionChanged;
    expect(check(row(2021, 'tấn', value), row(2022, 'nghìn tấn', value))).toBe(true);
    expect(check(row(2021, 'tấn', value), row(2022, 'tấn', { kind: 'min', value: 1 }))).toBe(true);
    expect(check(row(2021, 'Tấn', value), row(2022, 'tân', value))).toBe(false);
    expect(check(row(2021, 'tấn', value), row(2023, 'ha', value))).toBe(false); // no 2022 row to compare 2023 with
  });

  it('is empty for a year or unit without rows', () => {
    expect(yearOverYear(sampleDataset(), 2030)).toEqual([]);
    expect(yearOverYear(sampleDataset(), 2022, 'xa-z')).toEqual([]);
  });
});
