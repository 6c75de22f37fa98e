import { describe, expect, it } from 'vitest';
import type { IndicatorResult } from '../../domain/model';
import { PLAN_KINDS, rowAt, toResultColumns } from './result-columns';

const results: IndicatorResult[] = [
  {
    indicatorCode: 'LUONG-THUC',
    year: 2022,
    unitId: 'cao-pha',
    plan: { kind: 'value', value: 1200 },
    planText: '1.200',
    unitText: 'tấn',
    actual: { value: 1250.5, text: '1.250,5' },
    isEstimate: true,
    reportedStatus: 'exceeded',
    reportedPercent: 104.2,
    isSample: true,
    sourceId: 'mau',
    asOf: '2022-12-31',
  },
  {
    indicatorCode: 'TAI-NAN',
    year: 2022,
    planText: '',
    actual: { text: '-' },
    isEstimate: false,
    isSample: false,
  },
  {
    indicatorCode: 'CPI',
    year: 2023,
    plan: { kind: 'band', min: 6.6, max: 6.8 },
    planText: '6,6-6,8',
    actual: { value: 0, text: '0' },
    baseline: 7,
    isEstimate: false,
    isSample: false,
  },
  {
    indicatorCode: 'QP',
    year: 2023,
    plan: { kind: 'vsBaseline', change: 'decrease' },
    planText: 'giảm so với năm trước',
    actual: { done: false, text: 'không hoàn thành' },
    isEstimate: false,
    isSample: false,
  },
];

describe('toResultColumns(results) and rowAt(columns, i)', () => {
  it('give back every result exactly, missing fields absent', () => {
    const cols = toResultColumns(results);
    expect(cols.length).toBe(4);
    expect(results.map((_, i) => rowAt(cols, i))).toEqual(results);
  });
  it('store no data as NaN and the organisation as −1, never 0', () => {
    const cols = toResultColumns(results);
    expect(cols.unit[1]).toBe(-1);
    expect(cols.actual[1]).toBeNaN();
    expect(cols.actual[2]).toBe(0);
    expect(cols.planKind[1]).toBe(PLAN_KINDS.indexOf('none'));
  });
  it('share one dictionary entry per distinct indicator', () => {
    const cols = toResultColumns([results[0], results[0], results[1]].filter((r) => r !== undefined));
    expect(cols.dictionaries.indicators).toEqual(['LUONG-THUC', 'TAI-NAN']);
    expect(Array.from(cols.indicator)).toEqual([0, 0, 1]);
  });
});
