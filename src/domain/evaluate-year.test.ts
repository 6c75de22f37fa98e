import { describe, expect, it } from 'vitest';
import { evaluateYear } from './evaluate-year';
import { makeDataset, makeIndicator, makeResult, valueRow } from './testing/fixtures';
import { sampleDataset } from './testing/sample-dataset';

describe('evaluateYear(dataset, year, unitId?)', () => {
  it('lists top-level indicators with a row that year, in group order then catalogue order', () => {
    const codes = evaluateYear(sampleDataset(), 2022).map((e) => e.indicator.code);
    expect(codes).toEqual(['KT01', 'KT02', 'XH01', 'TNGT']);
  });

  it('evaluates each one', () => {
    const statuses = evaluateYear(sampleDataset(), 2022).map((e) => e.evaluation.computedStatus);
    expect(statuses).toEqual(['exceeded', 'met', 'met', 'notMet']);
  });

  it('evaluates sub-measures first, filling their baselines from last year’s actuals', () => {
    const tngt = evaluateYear(sampleDataset(), 2022).find((e) => e.indicator.code === 'TNGT');
    expect(
      tngt?.children.map((c) => [c.indicator.code, c.result?.baseline, c.evaluation.computedStatus]),
    ).toEqual([
      ['TNGT-VU', 12, 'met'],
      ['TNGT-CHET', 5, 'notMet'],
    ]);
    expect(tngt?.evaluation.rule).toBe('composite');
  });

  it('keeps a baseline given in the row rather than last year’s actual', () => {
    const dataset = sampleDataset();
    dataset.results = dataset.results.map((r) =>
      r.indicatorCode === 'TNGT-CHET' && r.year === 2022 ? { ...r, baseline: 7 } : r,
    );
    const tngt = evaluateYear(dataset, 2022).find((e) => e.indicator.code === 'TNGT');
    expect(tngt?.children[1]?.result?.baseline).toBe(7);
    expect(tngt?.evaluation.computedStatus).toBe('met');
  });

  it('leaves a vsBaseline row without baseline or previous year as noData', () => {
    const dataset = sampleDataset();
    const tngt = evaluateYear(dataset, 2021).find((e) => e.indicator.code === 'TNGT');
    expect(tngt?.evaluation.computedStatus).toBe('noData');
    const alone = makeDataset({
      indicators: [makeIndicator({ code: 'A' })],
      results: [
        makeResult({
          indicatorCode: 'A',
          year: 2022,
          plan: { kind: 'vsBaseline', change: 'increase' },
          actual: { value: 3, text: '3' },
        }),
      ],
    });
    expect(evaluateYear(alone, 2022)[0]?.evaluation).toMatchObject({
      computedStatus: 'noData',
      rule: 'vsBaseline',
    });
  });

  it('reads only the organisation’s rows when no unit is given, and only that unit’s rows when one is', () => {
    expect(
      evaluateYear(sampleDataset(), 2022, 'xa-a').map((e) => [e.indicator.code, e.evaluation.status]),
    ).toEqual([
      ['KT01', 'exceeded'],
      ['KT02', 'notMet'],
    ]);
    expect(evaluateYear(sampleDataset(), 2022, 'xa-z')).toEqual([]);
  });

  it('is empty for a year without rows', () => {
    expect(evaluateYear(sampleDataset(), 2030)).toEqual([]);
  });

  it('takes the first of duplicated rows and puts indicators of unknown groups last', () => {
    const dataset = makeDataset({
      indicators: [makeIndicator({ code: 'Q', group: 'unknown' }), makeIndicator({ code: 'P' })],
      results: [valueRow('Q', 2022, 1, 1), valueRow('P', 2022, 10, 12), valueRow('P', 2022, 10, 5)],
    });
    expect(evaluateYear(dataset, 2022).map((e) => [e.indicator.code, e.evaluation.status])).toEqual([
      ['P', 'exceeded'],
      ['Q', 'met'],
    ]);
  });
});
